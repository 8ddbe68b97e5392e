package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * Scores the post-encounter note against the rubric's note items with the offline grader's rules:
 * each item is judged on the student's answer to its own question only, and its evidence is the
 * exact sentence of the answer that earned it (no transcript turn: {@code evidenceSeq} is null). An
 * answer written under headings is judged on its own question's section ({@link NoteSections}).
 */
public class NoteScorer {

    /** The category of note items in a score report. */
    public static final String CATEGORY = "note";
    /** Item ids of note items start with this, so they never clash with checklist item ids. */
    public static final String ID_PREFIX = "note:";

    private final ChecklistScorer checklist = new ChecklistScorer();

    public List<ItemScore> score(Rubric rubric, String language, List<NoteAnswer> note) {
        Map<String, String> answers = note.stream()
                .collect(Collectors.toMap(NoteAnswer::questionId, NoteAnswer::answer, (a, b) -> a));
        List<ItemScore> scores = new ArrayList<>();
        for (Rubric.NoteItem item : rubric.noteItems()) {
            String answer = NoteSections.of(answers.getOrDefault(item.id(), ""), item.id());
            Rubric one = new Rubric(rubric.stationId(), rubric.versionId(), List.of(new Rubric.Item(ID_PREFIX + item.id(),
                    item.question(), CATEGORY, item.points(), item.evidence(), false, null, List.of(), null, item.wrong())));
            List<TranscriptTurn> asWritten = answer.isBlank() ? List.of()
                    : List.of(new TranscriptTurn(0, 0, TranscriptTurn.Speaker.STUDENT, answer, null, null));
            ItemScore s = checklist.score(one, language, asWritten).get(0);
            scores.add(new ItemScore(s.itemId(), s.label(), CATEGORY, s.points(), s.maxPoints(), null, null,
                    s.evidenceQuote(), s.rationale(), s.flags()));
        }
        return scores;
    }
}
