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
            Integer next = moves.get(state).get(c);
            while (next == null && state != 0) {
                state = fallback.get(state);
                next = moves.get(state).get(c);
            }
            state = next == null ? 0 : next;
            for (int t : ends.get(state)) {
                counts[t]++;
            }
        }
        return counts;
    }
}
