package org.oscetrainer.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One marker's decision on one rubric item: the AI's points confirmed, or overridden with a reason. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "encounter_id", nullable = false)
    private long encounterId;

    @Column(nullable = false)
    private int marker;

    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(name = "ai_points", nullable = false)
    private int aiPoints;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(nullable = false)
    private int points;

    private String reason;

    /** The points given while the AI's proposal was hidden (a blind item's first mark), else {@code null}. */
    @Column(name = "blind_points")
    private Integer blindPoints;

    @Column(nullable = false)
    private String examiner;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    public ReviewDecision(long encounterId, int marker, String itemId, int aiPoints, int maxPoints, String examiner) {
        this.encounterId = encounterId;
        this.marker = marker;
        this.itemId = itemId;
        this.aiPoints = aiPoints;
        this.maxPoints = maxPoints;
        this.examiner = examiner;
    }

    public void decide(int points, String reason, Instant at) {
        this.points = points;
        this.reason = reason;
        this.decidedAt = at;
    }

    /** Records the points as given blind: the AI's proposal was hidden from the marker. */
    public void markBlind(int points) {
        this.blindPoints = points;
    }

    public Integer getBlindPoints() {
        return blindPoints;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getEncounterId() {
        return encounterId;
    }

    public int getMarker() {
        return marker;
    }

    public String getItemId() {
        return itemId;
    }

    public int getAiPoints() {
        return aiPoints;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public int getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public String getExaminer() {
        return examiner;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
