package org.oscetrainer.scoring;

import java.util.Optional;

/**
 * Where the result page finds an encounter's signed-off score. Implemented by the review module
 * (which depends on scoring, so scoring asks through this interface rather than depending back).
 */
public interface FinalScores {

    /** The signed-off final score, to the encounter's student or to staff; empty until signed off. */
    Optional<FinalScore> finalScore(long encounterId);
}
