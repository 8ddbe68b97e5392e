package org.oscetrainer.examsession;

/** Published when a session closes (at the end of its window, or early by faculty); its open encounters end. */
public record ExamSessionClosed(long sessionId) {
}
