package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A class of words read from a resource list: single words, and phrases of several words by their first word, all
 * folded as {@link Disguises#fold} folds a reply. Shared by the readings of the speaker's world
 * ({@link OutOfCharacterMeaning}) and of a staged encounter ({@link StagedEncounter}).
 */
record WordClass(Set<String> words, Map<String, List<String[]>> phrases) {

    /** The index of the first word of {@code w} from {@code from} that starts a member, or -1. */
    int find(List<String> w, int from) {
        for (int i = Math.max(0, from); i < w.size(); i++) {
            if (at(w, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a member starts at word {@code i}. */
    boolean at(List<String> w, int i) {
        if (words.contains(w.get(i))) {
            return true;
        }
        for (String[] p : phrases.getOrDefault(w.get(i), List.of())) {
            if (i + p.length <= w.size() && matches(p, w, i)) {
                return true;
            }
        }
        return false;
    }

    /** How many words the longest member at {@code i} spans (1 for a word, and when none starts there). */
    int length(List<String> w, int i) {
        int longest = words.contains(w.get(i)) ? 1 : 0;
        for (String[] p : phrases.getOrDefault(w.get(i), List.of())) {
            if (i + p.length <= w.size() && matches(p, w, i)) {
                longest = Math.max(longest, p.length);
            }
        }
        return Math.max(1, longest);
    }

    /** Whether a member is anywhere in {@code w}. */
    boolean in(List<String> w) {
        return find(w, 0) >= 0;
    }

    /** The lengths of the members that start at {@code i}, in {@code out} (none: empty). */
    void lengthsAt(List<String> w, int i, List<Integer> out) {
        out.clear();
        String x = w.get(i);
        if (words.contains(x)) {
            out.add(1);
        }
        for (String[] p : phrases.getOrDefault(x, List.of())) {
            if (i + p.length <= w.size() && matches(p, w, i)) {
                out.add(p.length);
            }
        }
    }

    /** Adds the words a member can start with to {@code into}. */
    void firstWords(Set<String> into) {
        into.addAll(words);
        into.addAll(phrases.keySet());
    }

    private static boolean matches(String[] p, List<String> w, int i) {
        for (int k = 1; k < p.length; k++) {
            if (!p[k].equals(w.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** The text of the class-path resource {@code resource} (UTF-8). */
    static String resource(String resource) {
        try (InputStream in = WordClass.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The classes of a list: a line {@code [name]} opens a class, the lines after it hold its members separated by
     * commas; blank lines and lines starting with {@code #} are skipped; a line starting with {@code =} is handed,
     * without it, to {@code definitions} (a list that also defines readings over its classes).
     */
    static Map<String, WordClass> read(String text, Consumer<String> definitions) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Map<String, List<String[]>>> phrases = new HashMap<>();
        String current = null;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("=")) {
                definitions.accept(l.substring(1).strip());
                continue;
            }
            if (l.startsWith("[")) {
                current = l.replaceAll("[\\[\\]]", "").strip();
                words.put(current, new HashSet<>());
                phrases.put(current, new HashMap<>());
                continue;
            }
            for (String entry : l.split(",")) {
                List<String> t = Disguises.tokens(Disguises.fold(entry.strip()));
                if (t.size() == 1) {
                    words.get(current).add(t.get(0));
                } else if (t.size() > 1) {
                    phrases.get(current).computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(t.toArray(String[]::new));
                }
            }
        }
        Map<String, WordClass> classes = new HashMap<>();
        words.forEach((name, set) -> classes.put(name, new WordClass(Set.copyOf(set), Map.copyOf(phrases.get(name)))));
        return Map.copyOf(classes);
    }
}
