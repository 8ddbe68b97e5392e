package org.oscetrainer.examsession;

/** Where a session stands against its time window (server clock). */
public enum ExamSessionStatus {
    SCHEDULED, OPEN, CLOSED
}
