package org.oscetrainer.review;

import java.util.List;
import java.util.Optional;
import org.oscetrainer.catalog.Rubric;

/**
 * One encounter's review as the signed-in examiner sees it.
 *
 * @param marker the examiner's marker number (1, or 2 for an independent second marking), 0 when they
 *     cannot mark it (two others have)
 * @param items the rubric items with the AI's proposals and this marker's decisions
 * @param signOff this marker's sign-off, once signed (the sheet is then read-only)
 * @param otherMarkers the other markers' sign-offs: shown only once this marker has signed (blind marking)
 * @param otherMarkerName the examiner already marking it as first marker, when this one marks second
 *     and cannot see their decisions yet
 * @param otherMarkerSigned whether that first marker has signed off (their decisions stay hidden)
 * @param ratingScale the station's global rating scale, from its rubric
 */
public record ReviewSheet(long encounterId, int marker, List<ItemDecision> items, Optional<MarkerSignOff> signOff,
        List<MarkerSignOff> otherMarkers, Optional<String> otherMarkerName, boolean otherMarkerSigned, boolean manual,
        Rubric.RatingScale ratingScale) {

    public boolean readOnly() {
        return marker == 0 || signOff.isPresent();
    }

    public int total() {
        return items.stream().mapToInt(i -> i.points() == null ? i.aiPoints() : i.points()).sum();
    }

    public int max() {
        return items.stream().mapToInt(ItemDecision::maxPoints).sum();
    }

    public long undecided() {
        return items.stream().filter(i -> !i.decided()).count();
    }

    /** Whether some AI proposal is still withheld (then the AI's total is too). */
    public boolean aiHidden() {
        return items.stream().anyMatch(ItemDecision::aiHidden);
    }
}
