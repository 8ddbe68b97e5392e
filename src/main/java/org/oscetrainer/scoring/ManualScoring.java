package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.catalog.Rubric;

/**
 * What stands in for a proposal when faculty stopped AI scoring for an exam session: every item at 0
 * points, no evidence, no rationale but that. The examiner then scores each item themselves (no
 * reason needed to award points) and nothing of it counts as an AI proposal in the agreement figures.
 */
public final class ManualScoring {

    /** The scorer name recorded with these items. */
    public static final String NAME = "manual";

    static final String RATIONALE = "AI scoring was stopped for this exam session: the examiner scores this item.";

    private ManualScoring() {
    }

    static Proposal blank(Rubric rubric) {
        List<ItemScore> items = rubric.items().stream()
                .map(i -> new ItemScore(i.id(), i.label(), i.category(), 0, i.points(), null, null, null, RATIONALE, List.of()))
                .toList();
        return Proposal.offline(NAME, items);
    }

    static List<ItemScore> blankNote(Rubric rubric) {
        return rubric.noteItems().stream()
                .map(i -> new ItemScore(NoteScorer.ID_PREFIX + i.id(), i.question(), NoteScorer.CATEGORY, 0, i.points(),
                        null, null, null, RATIONALE, List.of()))
                .toList();
    }
}
