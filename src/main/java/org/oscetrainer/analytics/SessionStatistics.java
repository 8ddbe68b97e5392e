package org.oscetrainer.analytics;

import java.util.List;
import java.util.Map;

/**
 * The psychometrics of one exam session, computed from its {@link SessionResults}.
 *
 * @param candidates students with at least one station result
 * @param cronbachAlpha reliability across stations (students who sat every station, station
 *     percentages as the items); {@code null} with fewer than 2 stations or 2 such students
 * @param passMarkTotal the sum of the stations' pass marks used, in points
 * @param maxTotal the sum of the stations' maximum points
 * @param students by username
 */
public record SessionStatistics(int candidates, Double cronbachAlpha, double passMarkTotal, int maxTotal,
        List<StationStatistics> stations, List<ItemStatistics> items, Map<String, StudentOutcome> students) {

    /**
     * One station's figures, in points unless stated.
     *
     * @param passMark the borderline-regression pass mark, {@code null} when it cannot be computed
     *     (fewer than 3 signed-off ratings or no spread in the ratings)
     * @param passMarkMethod {@code borderline-regression} or {@code default} (the configured share of
     *     the maximum)
     * @param passMarkUsed the pass mark applied to pass/fail
     * @param passRate share of candidates at or above {@code passMarkUsed}, 0..1
     * @param rSquared of the borderline regression, {@code null} without it
     * @param alphaIfDeleted Cronbach's alpha of the session without this station, {@code null} when undefined
     * @param aiAgreement share of reviewed items where the examiner kept the AI's points, 0..1; {@code null} if none
     * @param aiKappa Cohen's kappa, AI vs examiner, items scored as met (full points) or not; {@code null} if undefined
     * @param histogram candidates per tenth of the maximum: [0,10%), [10,20%) … [90,100%]
     */
    public record StationStatistics(String stationId, String title, int candidates, int maxPoints, double mean,
            double sd, double min, double median, double max, Double passMark, String passMarkMethod,
            double passMarkUsed, double passRate, Double rSquared, Double alphaIfDeleted, Double aiAgreement,
            Double aiKappa, List<Integer> histogram) {
    }

    /**
     * One rubric item's figures.
     *
     * @param difficulty mean points over maximum points (the facility index), 0..1
     * @param discrimination corrected item-total correlation (the item against the station total
     *     without the item; for a 0/1 item this is the point-biserial), {@code null} when undefined
     */
    public record ItemStatistics(String stationId, String itemId, String label, int maxPoints, int n,
            double difficulty, Double discrimination) {
    }

    /** One student's overall outcome: totals over the stations sat, pass if the total reaches the pass mark. */
    public record StudentOutcome(String username, int total, int max, double percent, int stationsSat,
            int stationsPassed, boolean passed) {
    }

    /** TEMPORARY until the stats branch lands. */
    public static SessionStatistics compute(SessionResults results, double defaultPassShare) {
        throw new UnsupportedOperationException("stats branch");
    }
}
