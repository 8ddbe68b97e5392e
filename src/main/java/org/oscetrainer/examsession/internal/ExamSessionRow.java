package org.oscetrainer.examsession.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.examsession.ExamMode;

/** A scheduled exam session and its circuit. */
@Entity
@Table(name = "exam_session")
public class ExamSessionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "cohort_id")
    private long cohortId;

    @Enumerated(EnumType.STRING)
    private ExamMode mode;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "ai_scoring_stopped")
    private boolean aiScoringStopped;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("position")
    private List<CircuitStationRow> stations = new ArrayList<>();

    protected ExamSessionRow() {
    }

    public ExamSessionRow(String name, long cohortId, ExamMode mode, Instant opensAt, Instant closesAt,
            List<CircuitStationRow> stations, String createdBy, Instant createdAt) {
        this.name = name;
        this.cohortId = cohortId;
        this.mode = mode;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.stations.addAll(stations);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void release(String by, Instant at) {
        this.releasedAt = at;
        this.releasedBy = by;
    }

    public void close(Instant at) {
        this.closedAt = at;
    }

    /** Ends the window now: it closes at {@code at}. */
    public void closeEarly(Instant at) {
        this.closesAt = at;
        this.closedAt = at;
    }

    public void stopAiScoring(boolean stopped) {
        this.aiScoringStopped = stopped;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getCohortId() {
        return cohortId;
    }

    public ExamMode getMode() {
        return mode;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public boolean isAiScoringStopped() {
        return aiScoringStopped;
    }

    public List<CircuitStationRow> getStations() {
        return stations;
    }
}
