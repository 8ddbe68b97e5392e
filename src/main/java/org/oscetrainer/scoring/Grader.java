package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * Proposes a score for each item of a rubric from a transcript, with the evidence (the student's turn
 * and an exact quote) and a short rationale. Only the student's own words count. An examiner decides.
 */
public interface Grader {

    /** {@code language} is the station's ({@code fr} or {@code en}). */
    Proposal grade(Rubric rubric, String language, List<TranscriptTurn> transcript);
}
