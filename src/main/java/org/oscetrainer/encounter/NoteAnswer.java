package org.oscetrainer.encounter;

import java.time.Instant;

/** The student's answer to one question of the post-encounter note. */
public record NoteAnswer(String questionId, String question, String answer, Instant submittedAt) {
}
