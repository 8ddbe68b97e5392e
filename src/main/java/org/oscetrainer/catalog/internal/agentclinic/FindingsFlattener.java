package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens AgentClinic's {@code Physical_Examination_Findings} or {@code Test_Results}, nested to any
 * depth, into findings the examiner reads out. A small section (a few short leaves, at any depth
 * below it) becomes one finding ("Vital signs — temperature: 36.6°C; blood pressure: 125/80 mmHg");
 * a larger one is split into its children, recursively. The key path becomes the label
 * ("Neurological examination — cranial nerves: ...").
 */
final class FindingsFlattener {

    /** One finding: its top-level section, key path, text, and the words of the parts it groups. */
    record FlatFinding(String section, List<String> path, String text, List<String> parts) {
    }

    /** A value with its key path; {@code flag} is set for true/false, which read as the key's words ("within normal limits"). */
    private record Leaf(List<String> path, String value, Boolean flag) {

        /** "temperature: 36.6°C", or for a flag "within normal limits" / "not within normal limits". */
        String said(String name) {
            if (flag == null) {
                return name.isEmpty() ? value : name + ": " + value;
            }
            return (flag ? "" : "not ") + (name.isEmpty() ? "present" : name);
        }
    }

    static final int SMALL_LEAVES = 6;
    static final int SMALL_CHARACTERS = 450;

    List<FlatFinding> flatten(JsonNode tree) {
        List<FlatFinding> out = new ArrayList<>();
        if (tree != null) {
            for (Map.Entry<String, JsonNode> section : tree.properties()) {
                visit(section.getKey(), List.of(section.getKey()), section.getValue(), out);
            }
        }
        return out;
    }

    private void visit(String section, List<String> path, JsonNode node, List<FlatFinding> out) {
        String value = leafText(node);
        if (node.isBoolean()) {
            out.add(new FlatFinding(section, path, SourceText.sentence(SourceText.capitalize(
                    new Leaf(path, value, node.asBoolean()).said(String.join(" — ", KeyWords.meaningful(path))))), List.of()));
            return;
        }
        if (value != null) {
            out.add(new FlatFinding(section, path, SourceText.sentence(label(path) + ": " + value), List.of()));
            return;
        }
        List<Leaf> leaves = new ArrayList<>();
        collect(node, List.of(), leaves);
        if (leaves.isEmpty()) {
            return;
        }
        if (leaves.size() <= SMALL_LEAVES && leaves.stream().mapToInt(l -> l.value().length()).sum() <= SMALL_CHARACTERS) {
            out.add(group(section, path, leaves));
            return;
        }
        children(node).forEach((key, child) -> visit(section, append(path, key), child, out));
    }

    private static FlatFinding group(String section, List<String> path, List<Leaf> leaves) {
        List<String> parts = new ArrayList<>();
        leaves.forEach(leaf -> KeyWords.meaningful(leaf.path()).stream().filter(w -> !parts.contains(w)).forEach(parts::add));
        String text;
        if (leaves.size() == 1) {
            Leaf leaf = leaves.get(0);
            String name = String.join(", ", KeyWords.meaningful(leaf.path()));
            text = leaf.flag() == null ? label(path) + (name.isEmpty() ? "" : " — " + name) + ": " + leaf.value()
                    : label(path) + ": " + leaf.said(name);
        } else {
            List<String> lines = new ArrayList<>();
            for (Leaf leaf : leaves) {
                String name = String.join(", ", leaf.path().stream().map(KeyWords::of).toList());
                lines.add(leaf.flag() == null ? name + ": " + SourceText.withoutEnd(leaf.value()) : leaf.said(name));
            }
            text = label(path) + " — " + String.join("; ", lines);
        }
        return new FlatFinding(section, path, SourceText.sentence(text), parts);
    }

    private static void collect(JsonNode node, List<String> path, List<Leaf> leaves) {
        String value = leafText(node);
        if (value != null) {
            leaves.add(new Leaf(path, value, node.isBoolean() ? node.asBoolean() : null));
            return;
        }
        children(node).forEach((key, child) -> collect(child, append(path, key), leaves));
    }

    /** The children of an object, or of a list of objects (named "1", "2"...). */
    private static Map<String, JsonNode> children(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.put(String.valueOf(i + 1), node.get(i));
            }
        }
        return out;
    }

    /** The text of a value with no sections below it (a text, number, true/false or list of those), else null. */
    private static String leafText(JsonNode node) {
        if (node.isValueNode() && !node.isNull()) {
            String text = node.asText().strip();
            return text.isEmpty() ? null : text;
        }
        if (node.isArray() && node.size() > 0 && allValues(node)) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> {
                if (!n.isNull() && !n.asText().isBlank()) {
                    items.add(SourceText.withoutEnd(n.asText()));
                }
            });
            return items.isEmpty() ? null : String.join("; ", items);
        }
        return null;
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** "Neurological examination — cranial nerves" for [Neurological_Examination, Cranial_Nerves]. */
    static String label(List<String> path) {
        List<String> words = new ArrayList<>(KeyWords.meaningful(path));
        if (words.isEmpty()) {
            words.add(KeyWords.of(path.get(0)));
        }
        String head = SourceText.capitalize(words.get(0));
        return words.size() == 1 ? head : head + " — " + String.join(" — ", words.subList(1, words.size()));
    }

    private static List<String> append(List<String> path, String key) {
        List<String> out = new ArrayList<>(path);
        out.add(key);
        return out;
    }
}
