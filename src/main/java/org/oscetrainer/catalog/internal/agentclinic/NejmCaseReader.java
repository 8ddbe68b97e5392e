package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.internal.agentclinic.AgentClinicCaseReader.Problem;
import org.oscetrainer.catalog.internal.agentclinic.AgentClinicCaseReader.Read;

/**
 * Reads a case in AgentClinic's NEJM layout ({@code agentclinic_nejm.jsonl}: an image challenge):
 * {@code question} (the vignette, for the examiner), {@code patient_info} (the patient's role, in the second
 * person), {@code physical_exams} (findings and test results as one text) and {@code answers} (choices, the
 * correct one flagged). The correct answer is the hidden diagnosis and the others its differentials; the
 * vignette gives the demographics, the presenting symptoms and the examination; the patient's role becomes the
 * history in the first person; {@code physical_exams} is split into test results. {@code image_url} is not used.
 */
final class NejmCaseReader {

    private static final Pattern AGE_SEX = Pattern.compile("(?i)\\b(\\d+[- ](?:year|month|week|day)s?[- ]old\\s+"
            + "(?:man|woman|boy|girl|male|female|infant|child|baby|newborn|patient|person|adolescent|teenager))\\b");
    private static final Pattern COMPLAINT = Pattern.compile("(?i)\\bwith\\s+(?:an?\\s+)?(?:[\\w-]+[- ](?:day|week|month|year)"
            + "s?\\s+)?(?:history\\s+of\\s+)?((?:(?!\\bthat\\b|\\bwhich\\b|\\bafter\\b|\\bdespite\\b)[^.;(])+)");
    private static final Pattern EXAMINATION = Pattern.compile("(?i)\\b(?:on|at|during)\\s+(?:physical\\s+|clinical\\s+|"
            + "ophthalmic\\s+|neurologic(?:al)?\\s+|skin\\s+|abdominal\\s+|dermatologic\\s+)?examination\\b|\\bexamination\\s+"
            + "(?:showed|revealed|was notable|disclosed)|\\bphysical examination\\b");
    private static final Pattern TEST_WORDS = Pattern.compile("(?i)\\b(?:biops|laborator|ct\\b|mri\\b|radiograph|x-ray|"
            + "ultrasound|dermoscop|histolog|histopath|stain|culture|serolog|level|count|test)");
    private static final Pattern IMAGE_ASIDE = Pattern.compile("(?i)\\s*\\((?:left|right|middle|top|bottom|center|centre|"
            + "arrows?|arrowheads?|asterisks?|panels?|insets?|shown)\\b[^()]*\\)");
    private static final Pattern PREAMBLE = Pattern.compile("(?i)^[^:]*\\b(?:information|extracted|case report|includes?|"
            + "following)\\b[^:]*:\\s*");
    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)\\d+\\.\\s+(?=[A-Z])");
    private static final Pattern SECTION = Pattern.compile("\\s(?=[A-Z][a-z]+(?:\\s[a-z][A-Za-z()/-]*)*:\\s+-\\s)");

    private final SecondPersonRewriter secondPerson = new SecondPersonRewriter();

    static boolean looksLikeOne(JsonNode top) {
        return top.has("patient_info") || top.has("answers") || top.has("question");
    }

    Read read(JsonNode top) {
        List<Problem> problems = new ArrayList<>();
        String question = text(top, "question");
        String brief = text(top, "patient_info");
        String exams = text(top, "physical_exams");
        if (brief == null && question == null) {
            problems.add(new Problem(0, 0, "'patient_info' and 'question' are missing (the patient's part)",
                    "write \"patient_info\": \"...\" as in AgentClinic's agentclinic_nejm.jsonl"));
        }
        String diagnosis = null;
        List<String> differentials = new ArrayList<>();
        JsonNode answers = top.get("answers");
        if (answers == null || !answers.isArray() || answers.isEmpty()) {
            problems.add(new Problem(0, 0, "'answers' is missing or not a list (the diagnosis)",
                    "write \"answers\": [{\"text\": \"...\", \"correct\": true}, {\"text\": \"...\", \"correct\": false}]"));
        } else {
            List<String> correct = new ArrayList<>();
            for (JsonNode answer : answers) {
                String name = answer.isObject() ? text(answer, "text") : null;
                if (name == null) {
                    continue;
                }
                if (answer.path("correct").asBoolean(false)) {
                    correct.add(name);
                } else {
                    differentials.add(name);
                }
            }
            if (correct.size() != 1) {
                problems.add(new Problem(0, 0, "'answers' has " + correct.size() + " answers marked correct, not one",
                        "mark exactly one answer \"correct\": true: it becomes the hidden diagnosis"));
            } else {
                diagnosis = correct.get(0);
            }
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        String vignette = question == null ? "" : IMAGE_ASIDE.matcher(question).replaceAll("");
        String demographics = demographics(vignette, brief);
        List<String> symptoms = symptoms(vignette);
        String history = brief == null ? null : secondPerson.rewrite(brief);
        return new Read(new AgentClinicCase(null, demographics, history == null || history.isBlank() ? null : history,
                symptoms.isEmpty() ? null : symptoms.get(0), symptoms.isEmpty() ? List.of() : symptoms.subList(1, symptoms.size()),
                null, null, null, Map.of(), List.of(), examination(vignette), tests(exams), diagnosis, differentials,
                AgentClinicCase.NEJM_SOURCE), problems);
    }

    private static String demographics(String vignette, String brief) {
        for (String text : new String[] {vignette, brief}) {
            if (text != null) {
                Matcher m = AGE_SEX.matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** "with a 3-week history of neck swelling, fevers, and weight loss" gives [neck swelling, fevers, weight loss]. */
    static List<String> symptoms(String vignette) {
        List<String> out = new ArrayList<>();
        String first = SourceText.sentences(vignette).stream().findFirst().orElse("");
        Matcher m = COMPLAINT.matcher(first);
        if (!m.find()) {
            return out;
        }
        for (String part : m.group(1).split("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+(?=[a-z]+\\s*$)")) {
            String symptom = part.strip().replaceAll("(?i)\\b(?:her|his|their)\\b", "the")
                    .replaceAll("(?i)^(?:and|or)\\s+", "").strip();
            if (!symptom.isEmpty() && symptom.split("\\s+").length <= 8) {
                out.add(SourceText.capitalize(symptom));
            }
        }
        return out;
    }

    /** The vignette's examination sentences (not those about tests), as one examination section. */
    private static JsonNode examination(String vignette) {
        List<String> found = new ArrayList<>();
        for (String sentence : SourceText.sentences(vignette)) {
            if (EXAMINATION.matcher(sentence).find() && !sentence.strip().endsWith("?")) {
                String s = sentence.replaceFirst("(?i)^(?:on|at|during)\\s+[a-z ]*examination,?\\s*", "");
                found.add(SourceText.sentence(SourceText.capitalize(s)));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Physical_Examination", String.join(" ", found));
        return node;
    }

    /** {@code physical_exams} split into sections: "1. Dermoscopy findings: …", "Imaging results: - CT…: …". */
    static JsonNode tests(String exams) {
        if (exams == null) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String text = PREAMBLE.matcher(exams.strip()).replaceFirst("");
        for (String item : NUMBERED.split(text)) {
            for (String section : SECTION.split(item.strip())) {
                addSection(node, section.strip());
            }
        }
        return node.isEmpty() ? null : node;
    }

    private static void addSection(ObjectNode node, String section) {
        if (section.isBlank()) {
            return;
        }
        String[] bullets = section.split("\\s+-\\s+");
        String head = bullets[0].strip();
        int colon = head.indexOf(':');
        String key;
        String value;
        if (bullets.length > 1) {
            key = SourceText.withoutEnd(head);
            List<String> items = new ArrayList<>();
            for (int i = 1; i < bullets.length; i++) {
                items.add(SourceText.withoutEnd(bullets[i]));
            }
            value = String.join("; ", items);
        } else if (colon > 0 && colon < 80) {
            key = head.substring(0, colon).strip();
            value = head.substring(colon + 1).strip();
        } else {
            key = TEST_WORDS.matcher(head).find() ? "Test results" : "Findings";
            value = head;
        }
        if (key.isEmpty() || value.isBlank()) {
            return;
        }
        String unique = key;
        for (int n = 2; node.has(unique); n++) {
            unique = key + " " + n;
        }
        node.put(unique, SourceText.sentence(value));
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
