package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one AgentClinic case from its JSON text and checks its shape: every section that must be an
 * object is one, every text is a text. Collects every problem instead of throwing.
 */
public final class AgentClinicCaseReader {

    /** Something wrong with the input: where in the JSON text (0 when unknown), what, and how to fix it. */
    public record Problem(int line, int column, String message, String fix) {
    }

    /** The case, or {@code null} with the problems that prevented reading it. */
    public record Read(AgentClinicCase value, List<Problem> problems) {
    }

    private static final String ROOT = "OSCE_Examination";
    private static final String PATIENT = ROOT + ".Patient_Actor";
    private static final Set<String> PATIENT_KNOWN = Set.of("Demographics", "History", "Symptoms",
            "Past_Medical_History", "Social_History", "Review_of_Systems");

    private static final FirstPersonRewriter REWRITER = new FirstPersonRewriter();
    private final NejmCaseReader nejm = new NejmCaseReader();
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public Read read(String text) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem(0, 0, "the case is empty",
                    "give one JSON object {\"OSCE_Examination\": {...}} as in AgentClinic's agentclinic_medqa.jsonl"));
            return new Read(null, problems);
        }
        JsonNode root;
        try {
            root = json.readTree(text.strip().replace("\uFEFF", ""));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            boolean trailing = e.getOriginalMessage().startsWith("Trailing token");
            problems.add(new Problem(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    trailing ? "not valid JSON: more than one value" : "not valid JSON: " + e.getOriginalMessage(),
                    trailing ? "give one case; a .jsonl file has one case per line"
                            : "check brackets, commas and quotes; a .jsonl file has exactly one case per line"));
            return new Read(null, problems);
        }
        Shape shape = new Shape(problems);
        JsonNode top = shape.object(root, "", "the case", "{\"OSCE_Examination\": {...}}");
        if (top == null) {
            return new Read(null, problems);
        }
        if (!top.has(ROOT) && NejmCaseReader.looksLikeOne(top)) {
            return nejm.read(top);
        }
        JsonNode osce = shape.object(top, ROOT, "the case's OSCE section",
                "give a case in one of AgentClinic's layouts: {\"OSCE_Examination\": {...}} (MedQA, MIMIC-IV) or "
                        + "{\"question\": ..., \"patient_info\": ..., \"physical_exams\": ..., \"answers\": [...]} (NEJM)");
        if (osce == null) {
            return new Read(null, problems);
        }
        String objective = shape.text(osce, ROOT + ".Objective_for_Doctor", false);
        String diagnosis = shape.text(osce, ROOT + ".Correct_Diagnosis", true);
        JsonNode examination = shape.optionalObject(osce, ROOT + ".Physical_Examination_Findings");
        JsonNode tests = shape.optionalObject(osce, ROOT + ".Test_Results");
        JsonNode patient = shape.object(osce, PATIENT, "the patient's part",
                "write \"Patient_Actor\": {\"Demographics\": ..., \"History\": ..., \"Symptoms\": {\"Primary_Symptom\": ...}}");
        if (patient == null) {
            return new Read(null, problems);
        }
        // Symptoms may be missing or empty (the extended files have such cases): the builder falls back.
        JsonNode symptoms = patient.get("Symptoms");
        String primary = null;
        List<String> secondary = new ArrayList<>();
        if (symptoms != null && symptoms.isObject()) {
            List<String> primaries = JsonText.items(symptoms.get("Primary_Symptom"));
            primary = primaries.isEmpty() ? null : String.join(", ", primaries);
            secondary.addAll(JsonText.items(symptoms.get("Secondary_Symptoms")));
        } else if (symptoms != null) {
            secondary.addAll(JsonText.items(symptoms));
        }
        List<String> keptAsText = new ArrayList<>();
        String demographics = shape.anyText(patient, PATIENT + ".Demographics", keptAsText);
        String history = shape.anyText(patient, PATIENT + ".History", keptAsText);
        String pmh = shape.anyText(patient, PATIENT + ".Past_Medical_History", keptAsText);
        String social = shape.anyText(patient, PATIENT + ".Social_History", keptAsText);
        String ros = shape.anyText(patient, PATIENT + ".Review_of_Systems", keptAsText);
        Map<String, String> others = new LinkedHashMap<>();
        patient.properties().forEach(field -> {
            if (PATIENT_KNOWN.contains(field.getKey())) {
                return;
            }
            String value = shape.anyText(patient, PATIENT + "." + field.getKey(), keptAsText);
            if (value != null) {
                others.put(field.getKey(), value);
            }
        });
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new AgentClinicCase(objective, demographics, history, primary, secondary, pmh, social, ros,
                others, keptAsText, examination, tests, diagnosis, List.of(), AgentClinicCase.MEDQA_SOURCE), problems);
    }

    /** Checks kinds of values and records what is wrong, naming the JSON path. */
    private record Shape(List<Problem> problems) {

        /** The object under {@code path}'s last key of {@code parent} (or {@code parent} itself for ""). */
        JsonNode object(JsonNode parent, String path, String what, String fix) {
            JsonNode node = path.isEmpty() ? parent : parent.get(last(path));
            String name = path.isEmpty() ? "the case" : "'" + path + "'";
            if (node == null || node.isNull()) {
                problems.add(new Problem(0, 0, name + " is missing (" + what + ")", fix));
                return null;
            }
            if (!node.isObject()) {
                problems.add(new Problem(0, 0, name + " is " + kind(node) + ", not an object", fix));
                return null;
            }
            return node;
        }

        JsonNode optionalObject(JsonNode parent, String path) {
            JsonNode node = parent.get(last(path));
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                problems.add(new Problem(0, 0, "'" + path + "' is " + kind(node) + ", not an object",
                        "write it as named sections, e.g. {\"Vital_Signs\": {\"Heart_Rate\": \"72 bpm\"}}, or leave it out"));
                return null;
            }
            return node;
        }

        String text(JsonNode parent, String path, boolean required) {
            JsonNode node = parent.get(last(path));
            if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
                if (required) {
                    problems.add(new Problem(0, 0, "'" + path + "' is missing", "write it as a text"));
                }
                return null;
            }
            if (!node.isTextual()) {
                problems.add(new Problem(0, 0, "'" + path + "' is " + kind(node) + ", not a text",
                        "write it as a text in double quotes"));
                return null;
            }
            return node.asText().strip();
        }

        List<String> texts(JsonNode parent, String path) {
            JsonNode node = parent.get(last(path));
            List<String> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                problems.add(new Problem(0, 0, "'" + path + "' is " + kind(node) + ", not a list",
                        "write a list of texts: [\"...\", \"...\"]"));
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (!item.isTextual()) {
                    problems.add(new Problem(0, 0, "'" + path + "[" + i + "]' is " + kind(item) + ", not a text",
                            "write each entry as a text in double quotes"));
                } else if (!item.asText().isBlank()) {
                    out.add(item.asText().strip());
                }
            }
            return out;
        }

        /** Any value as a text: a list or an object is kept as text (and its path noted in {@code keptAsText}). */
        String anyText(JsonNode parent, String path, List<String> keptAsText) {
            JsonNode node = parent.get(last(path));
            if (node == null || node.isNull()) {
                return null;
            }
            String text = node.isTextual() ? node.asText().strip() : JsonText.of(node);
            // {"Smoking": "Non-smoker", "Alcohol": "Drinks wine occasionally"}: the values alone say it in the
            // patient's words once put in the first person; "Onset: Two weeks ago." needs its key
            String values = JsonText.values(node);
            if (values != null && REWRITER.rewrite(values).filter(r -> !r.equals(values)).isPresent()) {
                text = values;
            }
            if (text == null || text.isBlank()) {
                return null;
            }
            if (node.isContainerNode()) {
                keptAsText.add(path);
            }
            return text;
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        private static String kind(JsonNode node) {
            return switch (node.getNodeType()) {
                case NUMBER -> "a number";
                case STRING -> "a text";
                case ARRAY -> "a list";
                case BOOLEAN -> "true or false";
                case OBJECT -> "an object";
                case NULL -> "null";
                default -> "not a JSON value";
            };
        }
    }
}
