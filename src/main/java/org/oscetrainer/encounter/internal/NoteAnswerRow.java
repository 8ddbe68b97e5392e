package org.oscetrainer.encounter.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.oscetrainer.encounter.NoteAnswer;

/** One answer of a post-encounter note; the question is copied so the note reads on its own. */
@Entity
@Table(name = "encounter_note")
public class NoteAnswerRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "encounter_id", nullable = false)
    private long encounterId;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String answer;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected NoteAnswerRow() {
    }

    public NoteAnswerRow(long encounterId, String questionId, String question, String answer, Instant submittedAt) {
        this.encounterId = encounterId;
        this.questionId = questionId;
        this.question = question;
        this.answer = answer;
        this.submittedAt = submittedAt;
    }

    public NoteAnswer toAnswer() {
        return new NoteAnswer(questionId, question, answer, submittedAt);
    }
}
