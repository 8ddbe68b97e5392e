package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The first scorer (no LLM): an item is done when one of the student's turns contains every
 * meaningful word of one of the item's evidence phrasings. The earliest such turn is the evidence,
 * quoted exactly. Only the student's own words count, never the patient's.
 */
public class ChecklistScorer {

    public static final String NAME = "checklist-v1";

    public List<ItemScore> score(Rubric rubric, List<TranscriptTurn> transcript) {
        List<StudentTurn> studentTurns = transcript.stream()
                .filter(t -> t.speaker() == TranscriptTurn.Speaker.STUDENT)
                .map(t -> new StudentTurn(t, Words.stems(t.text())))
                .toList();
        List<ItemScore> scores = new ArrayList<>();
        for (Rubric.Item item : rubric.items()) {
            StudentTurn evidence = firstEvidence(item, studentTurns);
            scores.add(evidence == null
                    ? new ItemScore(item.id(), item.label(), item.category(), 0, item.points(), null, null, null)
                    : new ItemScore(item.id(), item.label(), item.category(), item.points(), item.points(),
                            evidence.turn().id(), evidence.turn().seq(), evidence.turn().text()));
        }
        return scores;
    }

    private static StudentTurn firstEvidence(Rubric.Item item, List<StudentTurn> turns) {
        List<List<String>> phrasings = item.evidence().stream().map(Words::stems).filter(s -> !s.isEmpty()).toList();
        for (StudentTurn turn : turns) {
            for (List<String> phrasing : phrasings) {
                if (phrasing.stream().allMatch(p -> turn.stems().stream().anyMatch(s -> Words.sameStem(s, p)))) {
                    return turn;
                }
            }
        }
        return null;
    }

    private record StudentTurn(TranscriptTurn turn, List<String> stems) {
    }
}
