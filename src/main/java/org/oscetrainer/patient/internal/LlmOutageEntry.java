package org.oscetrainer.patient.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.oscetrainer.patient.LlmOutage;

/** A row of the outage log. */
@Entity
@Table(name = "llm_outage")
public class LlmOutageEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "failed_replies", nullable = false)
    private int failedReplies;

    protected LlmOutageEntry() {
    }

    LlmOutageEntry(Instant startedAt, String reason) {
        this.startedAt = startedAt;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.failedReplies = 1;
    }

    void failedAgain() {
        failedReplies++;
    }

    void end(Instant at) {
        endedAt = at;
    }

    Long getId() {
        return id;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    LlmOutage toOutage() {
        return new LlmOutage(id, startedAt, endedAt, reason, failedReplies);
    }
}
