package org.oscetrainer.incident;

import java.time.LocalDate;
import java.util.Map;

/** Reports received in one ISO week (starting Monday), by kind. */
public record IncidentTrend(LocalDate weekStart, Map<IncidentKind, Long> byKind) {

    public long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
