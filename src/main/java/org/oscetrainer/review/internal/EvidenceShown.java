package org.oscetrainer.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A marker was shown the evidence of an item (the item selected, the transcript at its evidence turn). */
@Entity
@Table(name = "review_evidence_shown")
@IdClass(EvidenceShown.Key.class)
public class EvidenceShown {

    @Id
    @Column(name = "encounter_id")
    private long encounterId;

    @Id
    private int marker;

    @Id
    @Column(name = "item_id")
    private String itemId;

    @Column(nullable = false)
    private String examiner;

    @Column(name = "shown_at", nullable = false)
    private Instant shownAt;

    protected EvidenceShown() {
    }

    public EvidenceShown(long encounterId, int marker, String itemId, String examiner, Instant shownAt) {
        this.encounterId = encounterId;
        this.marker = marker;
        this.itemId = itemId;
        this.examiner = examiner;
        this.shownAt = shownAt;
    }

    public String getItemId() {
        return itemId;
    }

    public int getMarker() {
        return marker;
    }

    /** The composite key: encounter, marker, item. */
    public static class Key implements Serializable {

        private long encounterId;
        private int marker;
        private String itemId;

        public Key() {
        }

        public Key(long encounterId, int marker, String itemId) {
            this.encounterId = encounterId;
            this.marker = marker;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.encounterId == encounterId && k.marker == marker
                    && java.util.Objects.equals(k.itemId, itemId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(encounterId, marker, itemId);
        }
    }
}
