package org.oscetrainer.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one exam session's results: its circuit of stations (with their rubric
 * items) and, for every student on the cohort's roster, what they scored at each station. The input
 * of {@link SessionStatistics} and of the grade exports.
 *
 * @param generatedAt when these results were read (exports print it)
 */
public record SessionResults(long sessionId, String sessionName, String cohortName, Instant generatedAt,
        List<Station> stations, List<Student> students) {

    /**
     * A station of the circuit, in circuit order, with its rubric's items and the borderline level of
     * its rubric's global rating scale (where borderline regression reads the pass mark).
     */
    public record Station(String stationId, String title, int maxPoints, List<Item> items, int borderlineRating) {

        /** A station whose rubric uses the default scale (borderline 3). */
        public Station(String stationId, String title, int maxPoints, List<Item> items) {
            this(stationId, title, maxPoints, items, org.oscetrainer.catalog.Rubric.RatingScale.DEFAULT.borderline());
        }
    }

    /** A rubric item (history, examination, communication, note…). */
    public record Item(String itemId, String label, int maxPoints, boolean critical) {
    }

    /**
     * A student of the roster.
     *
     * @param results by station id; a station the student did not sit (absent, or not scored yet) is
     *     missing from the map
     */
    public record Student(String studentNumber, String username, String lastName, String firstName, String email,
            String group, Map<String, StationResult> results) {
    }

    /**
     * One student's result at one station: the final score where an examiner signed it off, otherwise
     * the AI's proposal ({@code reviewed} false).
     *
     * @param itemPoints points per item id, as decided (or as proposed when not reviewed)
     * @param aiItemPoints the AI's proposed points per item id (empty when AI scoring was stopped)
     * @param globalRating the examiner's global rating on the station's scale; {@code null} until signed off
     * @param extraTime the student's extra time (tiers-temps) included in this attempt's limit; zero for none
     */
    public record StationResult(long encounterId, int total, int max, Map<String, Integer> itemPoints,
            Map<String, Integer> aiItemPoints, Integer globalRating, boolean reviewed, List<Override> overrides,
            java.time.Duration extraTime) {

        public StationResult {
            extraTime = extraTime == null || extraTime.isNegative() ? java.time.Duration.ZERO : extraTime;
        }

        /** A result without extra time. */
        public StationResult(long encounterId, int total, int max, Map<String, Integer> itemPoints,
                Map<String, Integer> aiItemPoints, Integer globalRating, boolean reviewed, List<Override> overrides) {
            this(encounterId, total, max, itemPoints, aiItemPoints, globalRating, reviewed, overrides, java.time.Duration.ZERO);
        }

        /** The same result with the student's extra time. */
        public StationResult withExtraTime(java.time.Duration extra) {
            return new StationResult(encounterId, total, max, itemPoints, aiItemPoints, globalRating, reviewed, overrides, extra);
        }
    }

    /** An examiner's decision that differs from the AI's proposal. */
    public record Override(String itemId, int aiPoints, int points, String reason, String examiner, Instant at) {
    }
}
