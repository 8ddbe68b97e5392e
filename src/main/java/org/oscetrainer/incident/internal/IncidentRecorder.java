package org.oscetrainer.incident.internal;

import org.oscetrainer.incident.AiIncidentReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stores each report, in the transaction of the request that made it. */
@Component
class IncidentRecorder {

    private final AiIncidentRepository incidents;

    IncidentRecorder(AiIncidentRepository incidents) {
        this.incidents = incidents;
    }

    @EventListener
    void on(AiIncidentReported report) {
        incidents.save(AiIncident.from(report));
    }
}
