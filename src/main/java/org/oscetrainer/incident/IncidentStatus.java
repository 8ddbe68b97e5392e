package org.oscetrainer.incident;

/** Where faculty are with a report. */
public enum IncidentStatus {
    OPEN, INVESTIGATING, RESOLVED, DISMISSED
}
