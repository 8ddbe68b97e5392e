package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One case in the AgentClinic OSCE layout, as read from its JSON: the patient's part as texts, the
 * examination findings and test results as the (arbitrarily nested) trees they are. Texts the source
 * leaves out are {@code null}; {@code otherPatientFields} keeps any further text field of
 * {@code Patient_Actor} (e.g. {@code Family_History}) in source order.
 */
public record AgentClinicCase(
        String objective,
        String demographics,
        String history,
        String primarySymptom,
        List<String> secondarySymptoms,
        String pastMedicalHistory,
        String socialHistory,
        String reviewOfSystems,
        Map<String, String> otherPatientFields,
        List<String> ignoredFields,
        JsonNode examination,
        JsonNode tests,
        String diagnosis) {
}
