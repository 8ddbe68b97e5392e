package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One case in the AgentClinic OSCE layout, as read from its JSON: the patient's part as texts, the
 * examination findings and test results as the (arbitrarily nested) trees they are. Texts the source
 * leaves out are {@code null}; {@code otherPatientFields} keeps any further text field of
 * {@code Patient_Actor} (e.g. {@code Family_History}, {@code Current_Medications}) in source order; a field given as a list or an object is
 * kept as text and named in {@code fieldsKeptAsText}. {@code differentials}: the other answers of a multiple-choice case.
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
        List<String> fieldsKeptAsText,
        JsonNode examination,
        JsonNode tests,
        String diagnosis,
        List<String> differentials,
        String sourceFile) {

    /** The benchmark files the layouts come from, named in each station's header. */
    public static final String MEDQA_SOURCE = "agentclinic_medqa.jsonl";
    public static final String NEJM_SOURCE = "agentclinic_nejm.jsonl";
}
