package org.oscetrainer.patient.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many times each of a station's terms' letters occur in a text (a reading's squashed letters or initials),
 * overlapping ones included, in one pass over the text however many terms there are (an Aho–Corasick automaton,
 * built once per station): the same counts as {@link LeakCheck#occurrences} term by term, which read the text
 * again for each of the station's two hundred terms in each reading at each check.
 */
final class TermLetterSearch {

    /** The automaton's states: their moves by letter, the longest proper suffix state, and the terms ending there. */
    private final List<Map<Character, Integer>> moves = new ArrayList<>();
    private final List<Integer> fallback = new ArrayList<>();
    private final List<int[]> ends = new ArrayList<>();
    private final int terms;

    /** {@code letters[t]} are the letters of term {@code t}; a {@code null} one is not looked for. */
    TermLetterSearch(String[] letters) {
        this.terms = letters.length;
        List<List<Integer>> endsHere = new ArrayList<>();
        newState(endsHere);
        for (int t = 0; t < letters.length; t++) {
            if (letters[t] == null || letters[t].isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < letters[t].length(); i++) {
                char c = letters[t].charAt(i);
                Integer next = moves.get(state).get(c);
                if (next == null) {
                    next = newState(endsHere);
                    moves.get(state).put(c, next);
                }
                state = next;
            }
            endsHere.get(state).add(t);
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : moves.get(0).values()) {
            fallback.set(child, 0);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> move : moves.get(state).entrySet()) {
                int child = move.getValue();
                int f = fallback.get(state);
                while (f != 0 && !moves.get(f).containsKey(move.getKey())) {
                    f = fallback.get(f);
                }
                Integer target = moves.get(f).get(move.getKey());
                int fb = target != null && target != child ? target : 0;
                fallback.set(child, fb);
                endsHere.get(child).addAll(endsHere.get(fb));
                queue.add(child);
            }
        }
        for (List<Integer> e : endsHere) {
            ends.add(e.stream().mapToInt(Integer::intValue).toArray());
        }
        // the same moves as a table, every state's move by every letter the terms use worked out once (the fallbacks
        // followed): a letter no term uses leads back to the start
        for (Map<Character, Integer> m : moves) {
            for (char c : m.keySet()) {
                if (c < ASCII && symbol[c] == 0) {
                    symbol[c] = ++symbols;
                } else if (c >= ASCII) {
                    wide.putIfAbsent(c, wide.size() + 1000);
                }
            }
        }
        for (Map.Entry<Character, Integer> w : wide.entrySet()) {
            w.setValue(++symbols);
        }
        int width = symbols + 1;
        table = new int[moves.size() * width];
        endsAt = new int[moves.size()][];
        java.util.Map<Integer, Character> byIndex = new HashMap<>();
        for (char c = 0; c < ASCII; c++) {
            if (symbol[c] != 0) {
                byIndex.put(symbol[c], c);
            }
        }
        wide.forEach((c, i) -> byIndex.put(i, c));
        for (int state = 0; state < moves.size(); state++) {
            endsAt[state] = ends.get(state);
            for (int k = 1; k < width; k++) {
                table[state * width + k] = move(state, byIndex.get(k));
            }
        }
        this.width = width;
    }

    private static final int ASCII = 128;
    /** The column of each ASCII letter the terms use (0: none), of the others, and the table of moves by column. */
    private final int[] symbol = new int[ASCII];
    private final Map<Character, Integer> wide = new java.util.LinkedHashMap<>();
    private int symbols;
    private final int[] table;
    private final int[][] endsAt;
    private final int width;

    /** The state after {@code c} in {@code state}, the fallbacks followed (as {@link #counts} did it letter by letter). */
    private int move(int state, char c) {
        Integer next = moves.get(state).get(c);
        while (next == null && state != 0) {
            state = fallback.get(state);
            next = moves.get(state).get(c);
        }
        return next == null ? 0 : next;
    }

    private int newState(List<List<Integer>> endsHere) {
        moves.add(new HashMap<>());
        fallback.add(0);
        endsHere.add(new ArrayList<>());
        return moves.size() - 1;
    }

    /** How many times each term's letters occur in {@code text}, by term. */
    int[] counts(String text) {
        int[] counts = new int[terms];
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k;
            if (c < ASCII) {
                k = symbol[c];
            } else {
                Integer w = wide.get(c);
                k = w == null ? 0 : w;
            }
            state = k == 0 ? 0 : table[state * width + k];
            for (int t : endsAt[state]) {
                counts[t]++;
            }
        }
        return counts;
    }
}
