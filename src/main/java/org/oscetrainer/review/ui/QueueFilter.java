package org.oscetrainer.review.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oscetrainer.review.ReviewQueueEntry;
import org.oscetrainer.review.ReviewStatus;
import com.vaadin.flow.router.QueryParameters;

/**
 * The review queue's filters, carried in the address ({@code ?session=3&station=…&status=TO_REVIEW&disagreement=true})
 * so that the review of an encounter can go on to the next one the examiner's filters match.
 */
record QueueFilter(Long sessionId, String station, ReviewStatus status, boolean disagreement) {

    static final QueueFilter NONE = new QueueFilter(null, null, null, false);

    boolean matches(ReviewQueueEntry e) {
        return (sessionId == null || sessionId.equals(e.examSessionId()))
                && (station == null || station.equals(e.stationTitle()))
                && (status == null || status == e.status())
                && (!disagreement || e.disagreement());
    }

    /**
     * The encounter to review after {@code current}: the next one the filters match in the queue's order,
     * else the first one (the current one may no longer match once signed off); never the current one,
     * nor one already signed off when no status was chosen.
     */
    Optional<ReviewQueueEntry> next(List<ReviewQueueEntry> queue, long current) {
        List<ReviewQueueEntry> shown = queue.stream().filter(this::matches)
                .filter(e -> status != null || e.status() != ReviewStatus.SIGNED_OFF).toList();
        int at = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).encounterId() == current) {
                at = i;
            }
        }
        int start = at < 0 ? 0 : at + 1;
        for (int i = 0; i < shown.size(); i++) {
            ReviewQueueEntry e = shown.get((start + i) % shown.size());
            if (e.encounterId() != current) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> q = new HashMap<>();
        if (sessionId != null) {
            q.put("session", List.of(String.valueOf(sessionId)));
        }
        if (station != null) {
            q.put("station", List.of(station));
        }
        if (status != null) {
            q.put("status", List.of(status.name()));
        }
        if (disagreement) {
            q.put("disagreement", List.of("true"));
        }
        return new QueryParameters(q);
    }

    /** The query string, with its leading {@code ?}, or empty without filters. */
    String queryString() {
        String q = toQueryParameters().getQueryString();
        return q.isEmpty() ? "" : "?" + q;
    }

    static QueueFilter from(QueryParameters parameters) {
        Map<String, List<String>> q = parameters.getParameters();
        Long session = first(q, "session").flatMap(s -> {
            try {
                return Optional.of(Long.valueOf(s));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }).orElse(null);
        ReviewStatus status = first(q, "status").flatMap(s -> {
            try {
                return Optional.of(ReviewStatus.valueOf(s));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).orElse(null);
        return new QueueFilter(session, first(q, "station").orElse(null), status,
                first(q, "disagreement").map("true"::equals).orElse(false));
    }

    private static Optional<String> first(Map<String, List<String>> q, String name) {
        return Optional.ofNullable(q.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0)).filter(v -> !v.isBlank());
    }
}
