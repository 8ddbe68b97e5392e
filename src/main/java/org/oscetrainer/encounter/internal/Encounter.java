package org.oscetrainer.encounter.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A student's timed attempt at one station version. The deadline is the server's. */
@Entity
@Table(name = "encounter")
public class Encounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_username", nullable = false)
    private String studentUsername;

    @Column(name = "station_id", nullable = false)
    private String stationId;

    @Column(name = "station_version_id", nullable = false)
    private long stationVersionId;

    @Column(name = "station_title", nullable = false)
    private String stationTitle;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Column(nullable = false)
    private String engine;

    @Column(name = "exam_session_id")
    private Long examSessionId;

    /** {@code session:student:station} in exam mode (unique: one attempt), else {@code null}. */
    @Column(name = "exam_attempt")
    private String examAttempt;

    /** Seconds added to the standard time limit (a student's extra time), 0 for none. */
    @Column(name = "extra_time_seconds", nullable = false)
    private int extraTimeSeconds;

    @Version
    private long version;

    protected Encounter() {
    }

    /** Places the encounter in an exam session; in exam mode it is the student's one attempt at the station. */
    public Encounter inSession(long sessionId, boolean oneAttempt) {
        this.examSessionId = sessionId;
        this.examAttempt = oneAttempt ? sessionId + ":" + studentUsername + ":" + stationId : null;
        return this;
    }

    /** Gives the student extra time: the deadline is {@code extra} later than the standard one it had. */
    public Encounter withExtraTime(java.time.Duration extra) {
        this.deadlineAt = deadlineAt.plus(extra);
        this.extraTimeSeconds = Math.toIntExact(extra.toSeconds());
        return this;
    }

    public java.time.Duration getExtraTime() {
        return java.time.Duration.ofSeconds(extraTimeSeconds);
    }

    public Long getExamSessionId() {
        return examSessionId;
    }

    public Encounter(String studentUsername, String stationId, long stationVersionId, String stationTitle,
            Instant startedAt, Instant deadlineAt, String engine) {
        this.studentUsername = studentUsername;
        this.stationId = stationId;
        this.stationVersionId = stationVersionId;
        this.stationTitle = stationTitle;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.engine = engine;
    }

    public void end(Instant at, String reason) {
        this.endedAt = at;
        this.endReason = reason;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getStudentUsername() {
        return studentUsername;
    }

    public String getStationId() {
        return stationId;
    }

    public long getStationVersionId() {
        return stationVersionId;
    }

    public String getStationTitle() {
        return stationTitle;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getEngine() {
        return engine;
    }
}
