package org.oscetrainer.scoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.scoring.ItemScore;

/**
 * Turns the LLM grader's answer into item scores, trusting none of its evidence: a quote counts only
 * when it appears verbatim (exact characters, surrounding spaces aside) in the STUDENT turn of the id
 * given. Other evidence is dropped and the item flagged {@code unverified-quote}; an item left with no
 * verified evidence gets 0 points. Points are capped at the item's maximum; an item the answer leaves
 * out gets 0 points, flagged {@code not-graded}; items not in the rubric are ignored.
 */
final class EvidenceCheck {

    private EvidenceCheck() {
    }

    static List<ItemScore> scores(Rubric rubric, GraderAnswer answer, List<TranscriptTurn> transcript) {
        Map<Long, TranscriptTurn> studentTurns = new HashMap<>();
        transcript.stream().filter(t -> t.speaker() == TranscriptTurn.Speaker.STUDENT)
                .forEach(t -> studentTurns.put(t.id(), t));
        Map<String, GraderAnswer.Item> byId = new HashMap<>();
        answer.items().forEach(i -> byId.putIfAbsent(i.itemId(), i));
        List<ItemScore> scores = new ArrayList<>();
        for (Rubric.Item item : rubric.items()) {
            GraderAnswer.Item proposed = byId.get(item.id());
            if (proposed == null) {
                scores.add(new ItemScore(item.id(), item.label(), item.category(), 0, item.points(), null, null, null,
                        null, List.of(ItemScore.NOT_GRADED)));
                continue;
            }
            scores.add(score(item, proposed, studentTurns));
        }
        return scores;
    }

    private static ItemScore score(Rubric.Item item, GraderAnswer.Item proposed, Map<Long, TranscriptTurn> studentTurns) {
        TranscriptTurn turn = null;
        String quote = null;
        boolean dropped = false;
        for (GraderAnswer.Evidence evidence : proposed.evidence()) {
            TranscriptTurn candidate = studentTurns.get(evidence.turnId());
            String q = evidence.quote().strip();
            if (candidate != null && !q.isEmpty() && candidate.text().contains(q)) {
                if (turn == null) {
                    turn = candidate;
                    quote = q;
                }
            } else {
                dropped = true;
            }
        }
        int points = Math.max(0, Math.min(item.points(), proposed.points()));
        if (turn == null) {
            points = 0;
        }
        List<String> flags = dropped ? List.of(ItemScore.UNVERIFIED_QUOTE) : List.of();
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(),
                points > 0 ? turn.id() : null, points > 0 ? turn.seq() : null, points > 0 ? quote : null,
                truncate(proposed.rationale()), flags);
    }

    private static String truncate(String rationale) {
        return rationale == null || rationale.length() <= 1000 ? rationale : rationale.substring(0, 997) + "...";
    }
}
