package org.oscetrainer.examsession;

/**
 * How a session runs. {@code PRACTICE}: free attempts, feedback at once. {@code EXAM}: one attempt
 * per station, results hidden until faculty release them.
 */
public enum ExamMode {
    PRACTICE, EXAM
}
