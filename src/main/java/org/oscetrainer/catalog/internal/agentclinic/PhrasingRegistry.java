package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.common.Words;

/**
 * Hands out {@code ask} phrasings so that no two facts or findings of a station share one. The
 * scripted patient scores a question against each phrasing (see FactMatcher): a question made of
 * exactly one phrasing's words scores 1 for that phrasing's owner, and only a phrasing with the same
 * words (same stems, or stems that are prefixes of each other) can score as much. Refusing such
 * twins means each fact's first phrasing, asked as it is, is answered with that fact.
 */
public final class PhrasingRegistry {

    private record Owned(String owner, Set<String> stems) {
    }

    private final List<Owned> taken = new ArrayList<>();

    /** The first {@code max} candidates that have a meaningful word and no twin elsewhere, in order. */
    public List<String> claim(String owner, List<String> candidates, int max) {
        List<String> accepted = new ArrayList<>();
        for (String candidate : candidates) {
            if (accepted.size() == max || candidate == null) {
                break;
            }
            String phrasing = candidate.strip().replaceAll("\\s+", " ");
            Set<String> stems = new LinkedHashSet<>(Words.stems(phrasing));
            if (stems.isEmpty() || taken.stream().anyMatch(t -> twins(t.stems(), stems))) {
                continue;
            }
            taken.add(new Owned(owner, stems));
            accepted.add(phrasing);
        }
        return accepted;
    }

    /** Same number of stems, and every stem of one matches a stem of the other (either way round). */
    static boolean twins(Set<String> a, Set<String> b) {
        return a.size() == b.size() && (covers(a, b) || covers(b, a));
    }

    private static boolean covers(Set<String> a, Set<String> b) {
        return a.stream().allMatch(x -> b.stream().anyMatch(y -> Words.sameStem(x, y)));
    }
}
