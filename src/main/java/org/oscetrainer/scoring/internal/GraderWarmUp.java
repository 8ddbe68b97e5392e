package org.oscetrainer.scoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.scoring.ChecklistScorer;
import org.oscetrainer.security.SystemIdentity;
import org.oscetrainer.warmup.WarmUpStep;
import org.oscetrainer.warmup.WarmUpTurns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warm-up: the offline grader ({@link ChecklistScorer}, which also stands in for the LLM grader when it fails) over
 * a transcript of the station's own questions and answers, against the station's rubric. Nothing is saved; the LLM
 * grader is never asked.
 */
@Component
@Order(50)
class GraderWarmUp implements WarmUpStep {

    private final CatalogService catalog;
    private final ChecklistScorer grader = new ChecklistScorer();

    GraderWarmUp(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "the offline grader (transcripts)";
    }

    @Override
    public int warmUp(Scenario station) {
        Rubric rubric = SystemIdentity.call(() -> catalog.rubric(station.versionId()));
        List<TranscriptTurn> transcript = new ArrayList<>();
        Instant now = Instant.now();
        for (WarmUpTurns.Turn turn : WarmUpTurns.of(station)) {
            int seq = transcript.size() + 1;
            transcript.add(new TranscriptTurn(seq, seq, TranscriptTurn.Speaker.STUDENT, turn.question(), null, now));
            transcript.add(new TranscriptTurn(seq + 1, seq + 1, TranscriptTurn.Speaker.PATIENT, turn.reply(), "warm-up", now));
        }
        grader.grade(rubric, station.language(), transcript);
        return 1;
    }
}
