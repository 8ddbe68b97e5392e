package org.oscetrainer.scoring.internal;

import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.scoring.Grader;
import org.oscetrainer.scoring.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM grader, and the offline grader in its place when it fails: the proposal then carries the
 * reason ({@link Proposal#fallbackReason()}), recorded with the scores and in the audit log.
 */
public class FallbackGrader implements Grader {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackGrader.class);

    private final Grader llm;
    private final Grader offline;

    public FallbackGrader(Grader llm, Grader offline) {
        this.llm = llm;
        this.offline = offline;
    }

    @Override
    public Proposal grade(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        try {
            return llm.grade(rubric, language, transcript);
        } catch (RuntimeException e) {
            String reason = LlmGrader.NAME + " failed (" + e.getMessage() + ")";
            LOG.warn("Grading {} with the offline grader: {}", rubric.stationId(), reason);
            return offline.grade(rubric, language, transcript)
                    .asFallback(reason.length() > 300 ? reason.substring(0, 297) + "..." : reason);
        }
    }
}
