package org.oscetrainer.patient.internal;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.Scenario;

/**
 * The patient's system prompt, built from {@code prompts/patient-system.st} with what the patient
 * knows only (least privilege): the persona and the history facts. Examination findings and test
 * results never reach the model (the examiner's voice gives them from the script, see
 * {@link ScriptedPatient#examinerAnswer}); nor do the hidden diagnosis, its aliases, the differentials
 * or the rubric.
 */
public class PatientPrompt {

    static final String RESOURCE = "prompts/patient-system.st";
    static final String REMINDER = "prompts/patient-reminder.st";

    private final PromptTemplate template;
    private final String reminder;
    private final String hash;
    private final String remindedHash;

    public PatientPrompt() {
        String text = load(RESOURCE);
        this.template = PromptTemplate.from(text);
        this.reminder = load(REMINDER);
        this.hash = sha256(text).substring(0, 16);
        this.remindedHash = sha256(text + "\n\n" + reminder).substring(0, 16);
    }

    /** Short SHA-256 of the template, recorded with every reply it produced. */
    public String hash() {
        return hash;
    }

    /** Short SHA-256 of the template followed by the guardrails' reminder. */
    public String remindedHash() {
        return remindedHash;
    }

    /**
     * The system message followed by the guardrails' reminder ({@code prompts/patient-reminder.st}),
     * for the one new attempt after a reply broke a guardrail.
     */
    public String remindedSystemMessage(Scenario scenario) {
        return systemMessage(scenario) + "\n\n" + PromptTemplate.from(reminder).apply(Map.<String, Object>of(
                "language", "fr".equals(scenario.language()) ? "French" : "English")).text();
    }

    public String systemMessage(Scenario scenario) {
        boolean fr = "fr".equals(scenario.language());
        Scenario.Persona p = scenario.patient();
        Map<String, Object> vars = new HashMap<>();
        vars.put("language", fr ? "French" : "English");
        vars.put("name", p.name());
        vars.put("age", p.age());
        vars.put("sex", orDash(p.sex()));
        vars.put("occupation", orDash(p.occupation()));
        vars.put("personality", orDash(p.personality()));
        vars.put("facts", bullets(scenario.facts()));
        vars.put("canary", Canary.token(scenario));
        return template.apply(vars).text();
    }

    private static String bullets(List<Scenario.Fact> facts) {
        if (facts.isEmpty()) {
            return "- (none)";
        }
        return facts.stream().map(f -> "- " + f.text()).collect(Collectors.joining("\n"));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    static String load(String resource) {
        try (InputStream in = PatientPrompt.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing prompt resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
