package org.oscetrainer.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * One interview of a blind grader set ({@code src/test/resources/blind/grader-interviews*}) as its file gives it: the
 * station and its rubric, the language, the transcript and the note answered to every note item. Read the same way by
 * the sets' tests ({@link BlindGraderInterviewsTest}) and by {@link GraderSnapshot}.
 */
record BlindInterview(JsonNode doc, String station, Rubric rubric, String language, List<TranscriptTurn> turns,
        List<NoteAnswer> note) {

    static BlindInterview read(Path file) throws IOException {
        JsonNode doc = BlindGraderInterviewsTest.YAML.readTree(file.toFile());
        String station = doc.path("station").asText();
        Rubric rubric = BlindGraderInterviewsTest.rubric(station);
        String language = station.endsWith("-fr") ? "fr" : "en";
        List<TranscriptTurn> turns = new ArrayList<>();
        for (JsonNode t : doc.path("turns")) {
            int index = turns.size();
            turns.add(new TranscriptTurn(1000 + index, index + 1,
                    TranscriptTurn.Speaker.valueOf(t.path("speaker").asText().toUpperCase(Locale.ROOT)),
                    t.path("text").asText(), null, Instant.EPOCH));
        }
        String noteText = doc.path("note").asText("");
        List<NoteAnswer> note = rubric.noteItems().stream()
                .map(n -> new NoteAnswer(n.id(), n.question(), noteText, Instant.EPOCH)).toList();
        return new BlindInterview(doc, station, rubric, language, turns, note);
    }

    /** The offline grader's item scores: the checklist's, then the note's. */
    List<ItemScore> scores() throws IOException {
        List<ItemScore> scores = new ArrayList<>(new ChecklistScorer().grade(rubric, language, turns).items());
        scores.addAll(BlindGraderInterviewsTest.noteScores(rubric, station, language, note));
        return scores;
    }
}
