package org.oscetrainer.encounter;

/** A question and the patient's answer to it, recorded together (a simulated student's encounter). */
public record AnsweredQuestion(String question, String answer) {
}
