package org.oscetrainer.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.oscetrainer.review.SecondMarkingRule;

/** The examiner faculty assigned to mark an encounter of an exam session as second marker. */
@Entity
@Table(name = "review_second_marker")
public class SecondMarker {

    @Id
    @Column(name = "encounter_id")
    private Long encounterId;

    @Column(name = "exam_session_id", nullable = false)
    private long examSessionId;

    @Column(nullable = false)
    private String examiner;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_by", nullable = false)
    private SecondMarkingRule chosenBy;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected SecondMarker() {
    }

    public SecondMarker(long encounterId, long examSessionId, String examiner, SecondMarkingRule chosenBy,
            String assignedBy, Instant assignedAt) {
        this.encounterId = encounterId;
        this.examSessionId = examSessionId;
        this.examiner = examiner;
        this.chosenBy = chosenBy;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** Hands the second marking to another examiner; the rule that chose the encounter stays. */
    public void reassign(String examiner, String assignedBy, Instant assignedAt) {
        this.examiner = examiner;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public long getEncounterId() {
        return encounterId;
    }

    public long getExamSessionId() {
        return examSessionId;
    }

    public String getExaminer() {
        return examiner;
    }

    public SecondMarkingRule getChosenBy() {
        return chosenBy;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
