package org.oscetrainer.incident;

/** What went wrong with the AI, as a student or an examiner reports it (algorithm vigilance). */
public enum IncidentKind {
    /** The patient stepped out of character (spoke as an AI, a doctor, an assistant). */
    OUT_OF_CHARACTER,
    /** The patient said something clinical that is not in the script. */
    INVENTED_FACT,
    /** The patient gave away the diagnosis or something it could not know. */
    LEAKED_DIAGNOSIS,
    /** The proposed score is unfair (an item missed or given wrongly). */
    UNFAIR_SCORE,
    OTHER
}
