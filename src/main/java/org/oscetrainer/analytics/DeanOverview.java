package org.oscetrainer.analytics;

import java.time.Instant;
import java.util.List;

/**
 * The faculty's home page: sessions under way, reviews waiting, AI incidents open, latest pass rates.
 *
 * @param reviewsPending ended encounters not signed off yet (to review or in second marking)
 * @param incidentsOpen AI incident reports open or under investigation
 */
public record DeanOverview(List<SessionInProgress> inProgress, long reviewsPending, long incidentsOpen,
        List<SessionPassRate> passRates) {

    /** An open session: how many of the roster have started and finished stations. */
    public record SessionInProgress(long sessionId, String name, String cohortName, Instant closesAt, int rosterSize,
            int stations, long encountersOpen, long encountersEnded) {
    }

    /** A closed session's outcome. */
    public record SessionPassRate(long sessionId, String name, String cohortName, Instant closedAt, int candidates,
            double passRate, Double cronbachAlpha, long reviewed, long results) {
    }
}
