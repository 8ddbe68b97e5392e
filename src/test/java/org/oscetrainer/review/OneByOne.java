package org.oscetrainer.review;

import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ScoringService;

/**
 * For tests that sign off as an examiner who agrees with the AI: decides, one by one as sign-off
 * requires, the critical items (after being shown their evidence) and the blind items (marked with
 * the AI's points). Call it as the examiner.
 */
public final class OneByOne {

    private OneByOne() {
    }

    public static void decideRequiredItems(ReviewService review, ScoringService scoring, long encounterId) {
        var report = scoring.report(encounterId).orElseThrow();
        for (ItemDecision item : review.sheet(encounterId).items()) {
            if (!item.decided() && (item.critical() || item.blind())) {
                int ai = report.items().stream().filter(i -> i.itemId().equals(item.itemId())).mapToInt(ItemScore::points)
                        .findFirst().orElseThrow();
                review.evidenceShown(encounterId, item.itemId());
                review.decide(encounterId, item.itemId(), ai, null);
            }
        }
    }
}
