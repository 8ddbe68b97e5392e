package org.oscetrainer.catalog;

import java.util.List;

/**
 * The station's hidden diagnosis and differentials, for the patient's guardrails only: they look
 * for these words in a reply before a student sees it. Never put it in a prompt or on a screen.
 *
 * @param diagnosis the hidden diagnosis as the author wrote it, or {@code null}
 * @param differentials the differential diagnoses, possibly empty
 */
public record HiddenDiagnosis(String diagnosis, List<String> differentials) {

    /** For a scenario read from unsaved text without its hidden part. */
    public static final HiddenDiagnosis NONE = new HiddenDiagnosis(null, List.of());

    public HiddenDiagnosis {
        differentials = differentials == null ? List.of() : List.copyOf(differentials);
    }
}
