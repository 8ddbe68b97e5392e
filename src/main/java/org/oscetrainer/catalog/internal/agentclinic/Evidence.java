package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.common.Words;

/**
 * Picks a rubric item's evidence from its facts' ask phrasings: short ones (at most four meaningful
 * words, no "have you noticed"), none that only repeats another's words with more, two to five.
 */
final class Evidence {

    private static final int MAX = 5;
    private static final int MAX_WORDS = 4;

    private Evidence() {
    }

    static List<String> from(List<String> asks) {
        List<String> out = new ArrayList<>();
        List<Set<String>> chosen = new ArrayList<>();
        for (String ask : asks) {
            Set<String> stems = new LinkedHashSet<>(Words.stems(ask));
            if (out.size() == MAX || ask.startsWith("have you noticed") || stems.size() > MAX_WORDS
                    || chosen.stream().anyMatch(c -> covered(c, stems))) {
                continue;
            }
            out.add(ask);
            chosen.add(stems);
        }
        for (String ask : asks) {
            if (out.size() >= 2) {
                break;
            }
            if (!out.contains(ask)) {
                out.add(ask);
            }
        }
        return out;
    }

    /** Every stem of {@code shorter} is in {@code longer}: {@code longer} would never earn more. */
    private static boolean covered(Set<String> shorter, Set<String> longer) {
        return shorter.stream().allMatch(s -> longer.stream().anyMatch(l -> Words.sameStem(s, l)));
    }
}
