package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient field given as a list or an object (the extended AgentClinic files write
 * {@code "Past_Medical_History": ["Hypertension", "Type 2 diabetes"]} or
 * {@code "Social_History": {"Smoking": "Never", "Alcohol": "Occasional"}}) kept as text: one sentence per
 * item, "Key words: value." per entry, true/false as the key's words. Null when there is nothing to say.
 */
final class JsonText {

    private JsonText() {
    }

    /** The texts of an object's values without their keys ("Non-smoker. Drinks wine occasionally."), or null. */
    static String values(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        for (var e : node.properties()) {
            if (!e.getValue().isTextual()) {
                return null;
            }
            if (!e.getValue().asText().isBlank()) {
                sentences.add(SourceText.sentence(SourceText.capitalize(e.getValue().asText().strip())));
            }
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    static String of(JsonNode node) {
        List<String> sentences = new ArrayList<>();
        collect(node, "", sentences);
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    /** The items of a list (or the values of an object) as texts, for lists of symptoms or medications. */
    static List<String> items(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                String text = of(n);
                if (text != null) {
                    out.add(SourceText.withoutEnd(text));
                }
            });
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                String text = of(e.getValue());
                if (text != null && !e.getValue().isBoolean()) {
                    out.add(SourceText.withoutEnd(KeyWords.of(e.getKey()) + " " + text));
                }
            });
        } else {
            String text = node.asText().strip();
            if (!text.isEmpty()) {
                out.add(SourceText.withoutEnd(text));
            }
        }
        return out;
    }

    private static void collect(JsonNode node, String key, List<String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isBoolean()) {
            if (!key.isEmpty()) {
                out.add(SourceText.sentence(SourceText.capitalize((node.asBoolean() ? "" : "no ") + key)));
            }
            return;
        }
        if (node.isValueNode()) {
            String text = node.asText().strip();
            if (!text.isEmpty()) {
                out.add(SourceText.sentence(key.isEmpty() ? SourceText.capitalize(text) : SourceText.capitalize(key) + ": " + text));
            }
            return;
        }
        if (node.isArray()) {
            List<String> inner = new ArrayList<>();
            node.forEach(n -> collect(n, "", inner));
            if (inner.isEmpty()) {
                return;
            }
            if (key.isEmpty()) {
                out.addAll(inner);
            } else {
                out.add(SourceText.sentence(SourceText.capitalize(key) + ": " + String.join("; ",
                        inner.stream().map(SourceText::withoutEnd).toList())));
            }
            return;
        }
        node.properties().forEach(e -> collect(e.getValue(), KeyWords.of(e.getKey()), out));
    }
}
