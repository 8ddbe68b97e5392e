package org.oscetrainer.incident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.oscetrainer.incident.AiIncidentReported;
import org.oscetrainer.incident.IncidentKind;
import org.oscetrainer.incident.Incident;
import org.oscetrainer.incident.IncidentStatus;

@Entity
@Table(name = "ai_incident")
public class AiIncident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(nullable = false)
    private String reporter;

    @Column(name = "reporter_role", nullable = false)
    private String reporterRole;

    @Column(name = "encounter_id", nullable = false)
    private long encounterId;

    @Column(name = "student_username", nullable = false)
    private String studentUsername;

    @Column(name = "station_id", nullable = false)
    private String stationId;

    @Column(name = "turn_seq")
    private Integer turnSeq;

    @Column(name = "turn_engine")
    private String turnEngine;

    @Column(name = "turn_text")
    private String turnText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentKind kind;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected AiIncident() {
    }

    static AiIncident from(AiIncidentReported r) {
        AiIncident i = new AiIncident();
        i.reportedAt = r.at();
        i.reporter = r.reporter();
        i.reporterRole = r.reporterRole();
        i.encounterId = r.encounterId();
        i.studentUsername = r.studentUsername();
        i.stationId = r.stationId();
        i.turnSeq = r.turnSeq();
        i.turnEngine = r.turnEngine();
        i.turnText = r.turnText();
        i.kind = r.kind();
        i.description = r.description();
        i.status = IncidentStatus.OPEN;
        return i;
    }

    public void handle(IncidentStatus next, String note, String by, Instant at) {
        status = next;
        followUp = note;
        handledBy = by;
        handledAt = at;
    }

    public Incident toIncident() {
        return new Incident(id, reportedAt, reporter, reporterRole, encounterId, studentUsername, stationId, turnSeq,
                turnEngine, turnText, kind, description, status, followUp, handledBy, handledAt);
    }
}
