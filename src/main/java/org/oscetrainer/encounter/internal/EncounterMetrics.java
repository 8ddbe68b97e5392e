package org.oscetrainer.encounter.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Encounters open now, read from the database at each scrape: every node reports the same figure
 * (the whole cluster's), so take their {@code max}, not their sum (docs/operations.md).
 */
@Component
class EncounterMetrics {

    EncounterMetrics(EncounterRepository encounters, MeterRegistry registry) {
        Gauge.builder("osce.encounters.open", encounters, EncounterRepository::countByEndedAtIsNull)
                .description("Encounters started and not yet ended, across all nodes")
                .strongReference(true)
                .register(registry);
    }
}
