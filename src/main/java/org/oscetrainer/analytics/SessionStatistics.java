package org.oscetrainer.analytics;

import java.util.List;
import java.util.Map;
import org.oscetrainer.analytics.internal.SessionAnalysis;

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
     * Computes the statistics of a session (pure: no database, no clock). The formulas are in
     * {@code docs/analytics.md}; the policy:
     * <ul>
     * <li>A station's candidates are the students with a result there; its figures (distribution, pass
     *     rate, item analysis) use them only. An item missing from a result's points counts 0.</li>
     * <li>A station's pass mark used is the borderline-regression pass mark (score regressed on the
     *     global rating, read at the borderline level of the station's rubric scale) clamped to [0, max], when at least 3 candidates are
     *     rated and the ratings differ; otherwise {@code defaultPassShare} × max (method
     *     {@code default}). A score reaches a pass mark when it is at or above it, to within 1e-9.</li>
     * <li>A student's total is the sum of the points of the stations sat (a station not sat counts 0);
     *     {@link StudentOutcome#max()} is {@code maxTotal}, the whole circuit's; the student passes when
     *     the total reaches {@code passMarkTotal} and at least one station was sat;
     *     {@code stationsPassed} counts the stations whose pass mark used the student reached.</li>
     * <li>Cronbach's alpha, and each station's alpha if deleted, use the students who sat every station
     *     (listwise), with each station's score as a percentage of its maximum, so that stations of
     *     different maxima weigh the same.</li>
     * <li>AI agreement uses only signed-off ({@code reviewed}) results with AI item points, item by item
     *     over the station's rubric.</li>
     * <li>Undefined figures are {@code null}, never {@code NaN}; a station without candidates has 0 for
     *     its mean, sd, min, median, max and pass rate (read {@code candidates}).</li>
     * </ul>
     * Lists follow the circuit and rubric order; {@code students} follows the roster, every student of
     * it included (those who sat nothing with {@code stationsSat} 0).
     *
     * @param defaultPassShare the share of a station's maximum used as its pass mark without borderline
     *     regression, 0..1 (e.g. 0.6)
     */
    public static SessionStatistics compute(SessionResults results, double defaultPassShare) {
        return SessionAnalysis.of(results, defaultPassShare);
    }

    /** Share of candidates (students who sat at least one station) who passed, 0..1; {@code null} without candidates. */
    public Double passRate() {
        long passed = students.values().stream().filter(o -> o.stationsSat() > 0 && o.passed()).count();
        return candidates == 0 ? null : (double) passed / candidates;
    }

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

    /**
     * One student's overall outcome: totals over the stations sat, pass if the total reaches the pass mark.
     *
     * @param max the whole circuit's maximum ({@link SessionStatistics#maxTotal()}), stations not sat included
     * @param percent {@code total} over {@code max}, 0..100
     * @param stationsPassed stations sat where the score reached the station's pass mark used
     */
    public record StudentOutcome(String username, int total, int max, double percent, int stationsSat,
            int stationsPassed, boolean passed) {
    }
}
