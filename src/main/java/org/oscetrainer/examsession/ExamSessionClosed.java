package org.oscetrainer.examsession;

/**
 * Published when a session closes: at the end of its window, or early by faculty ({@code early}). Its
 * open encounters end, but at the end of the window those of students with extra time run on to their
 * own deadline.
 */
public record ExamSessionClosed(long sessionId, boolean early) {
}
