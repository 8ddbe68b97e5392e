package org.oscetrainer.encounter.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the transcript, committed before anyone sees it. */
@Entity
@Table(name = "turn")
public class Turn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "encounter_id", nullable = false)
    private long encounterId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String speaker;

    @Column(nullable = false)
    private String text;

    private String engine;

    private String model;

    @Column(name = "prompt_hash")
    private String promptHash;

    @Column(name = "first_token_ms")
    private Long firstTokenMs;

    @Column(name = "input_tokens")
    private Integer inputTokens;

    @Column(name = "output_tokens")
    private Integer outputTokens;

    @Column(name = "guardrail_verdict")
    private String guardrailVerdict;

    @Column(name = "guardrail_detail")
    private String guardrailDetail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Turn() {
    }

    public Turn(long encounterId, int seq, String speaker, String text, Instant createdAt) {
        this.encounterId = encounterId;
        this.seq = seq;
        this.speaker = speaker;
        this.text = text;
        this.createdAt = createdAt;
    }

    public void producedBy(String engine, String model, String promptHash, Long firstTokenMs, Integer inputTokens,
            Integer outputTokens) {
        this.engine = engine;
        this.model = model;
        this.promptHash = promptHash;
        this.firstTokenMs = firstTokenMs;
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
    }

    /** What the guardrails decided before the reply was shown, and the rule codes that fired. */
    public void checkedBy(String verdict, String detail) {
        this.guardrailVerdict = verdict;
        this.guardrailDetail = detail;
    }

    public String getGuardrailVerdict() {
        return guardrailVerdict;
    }

    public String getGuardrailDetail() {
        return guardrailDetail;
    }

    public Long getId() {
        return id;
    }

    public long getEncounterId() {
        return encounterId;
    }

    public int getSeq() {
        return seq;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }

    public String getEngine() {
        return engine;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
