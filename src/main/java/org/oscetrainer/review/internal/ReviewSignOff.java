package org.oscetrainer.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A marker's sign-off: the final total of their decisions and their global rating. It locks their review. */
@Entity
@Table(name = "review_signoff")
public class ReviewSignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "encounter_id", nullable = false)
    private long encounterId;

    @Column(nullable = false)
    private int marker;

    @Column(nullable = false)
    private String examiner;

    @Column(name = "global_rating", nullable = false)
    private int globalRating;

    @Column(name = "final_total", nullable = false)
    private int finalTotal;

    @Column(name = "final_max", nullable = false)
    private int finalMax;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected ReviewSignOff() {
    }

    public ReviewSignOff(long encounterId, int marker, String examiner, int globalRating, int finalTotal, int finalMax,
            Instant signedAt) {
        this.encounterId = encounterId;
        this.marker = marker;
        this.examiner = examiner;
        this.globalRating = globalRating;
        this.finalTotal = finalTotal;
        this.finalMax = finalMax;
        this.signedAt = signedAt;
    }

    public long getEncounterId() {
        return encounterId;
    }

    public int getMarker() {
        return marker;
    }

    public String getExaminer() {
        return examiner;
    }

    public int getGlobalRating() {
        return globalRating;
    }

    public int getFinalTotal() {
        return finalTotal;
    }

    public int getFinalMax() {
        return finalMax;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
