package org.oscetrainer.scoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A scorer's proposal for one rubric item of one encounter, with its evidence. An examiner decides later. */
@Entity
@Table(name = "proposed_score")
public class ProposedScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "encounter_id", nullable = false)
    private long encounterId;

    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(name = "item_label", nullable = false)
    private String itemLabel;

    @Column(name = "item_category")
    private String itemCategory;

    @Column(nullable = false)
    private int points;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "evidence_turn_id")
    private Long evidenceTurnId;

    @Column(name = "evidence_seq")
    private Integer evidenceSeq;

    @Column(name = "evidence_quote")
    private String evidenceQuote;

    @Column(nullable = false)
    private String scorer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private String model;

    @Column(name = "prompt_hash")
    private String promptHash;

    private String rationale;

    /** Comma-separated, e.g. {@code unverified-quote}. */
    private String flags;

    @Column(name = "fallback_reason")
    private String fallbackReason;

    protected ProposedScore() {
    }

    public ProposedScore(long encounterId, String itemId, String itemLabel, String itemCategory, int points,
            int maxPoints, Long evidenceTurnId, Integer evidenceSeq, String evidenceQuote, String scorer,
            Instant createdAt) {
        this.encounterId = encounterId;
        this.itemId = itemId;
        this.itemLabel = itemLabel;
        this.itemCategory = itemCategory;
        this.points = points;
        this.maxPoints = maxPoints;
        this.evidenceTurnId = evidenceTurnId;
        this.evidenceSeq = evidenceSeq;
        this.evidenceQuote = evidenceQuote;
        this.scorer = scorer;
        this.createdAt = createdAt;
    }

    /** Records which model and prompt produced the proposal, the rationale, the flags and any fallback. */
    public ProposedScore withProvenance(String model, String promptHash, String rationale, String flags,
            String fallbackReason) {
        this.model = model;
        this.promptHash = promptHash;
        this.rationale = rationale;
        this.flags = flags;
        this.fallbackReason = fallbackReason;
        return this;
    }

    public long getEncounterId() {
        return encounterId;
    }

    public String getItemId() {
        return itemId;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public String getItemCategory() {
        return itemCategory;
    }

    public int getPoints() {
        return points;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public Long getEvidenceTurnId() {
        return evidenceTurnId;
    }

    public Integer getEvidenceSeq() {
        return evidenceSeq;
    }

    public String getEvidenceQuote() {
        return evidenceQuote;
    }

    public String getScorer() {
        return scorer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getModel() {
        return model;
    }

    public String getPromptHash() {
        return promptHash;
    }

    public String getRationale() {
        return rationale;
    }

    public String getFlags() {
        return flags;
    }

    public String getFallbackReason() {
        return fallbackReason;
    }
}
