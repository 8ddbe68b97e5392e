package org.oscetrainer.patient;

import java.time.Instant;
import java.util.List;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.ScriptedPatient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The patient the encounters talk to: the configured engine, and in degraded mode the scripted
 * engine when the LLM fails, so the station goes on.
 */
@Service
public class PatientService {

    private static final Logger log = LoggerFactory.getLogger(PatientService.class);

    private final StandardizedPatient primary;
    private final ScriptedPatient scripted;
    private final PatientProperties properties;
    private final OutageLog outages;

    @Autowired
    PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties,
            OutageLog outages) {
        this.primary = primary;
        this.scripted = scripted;
        this.properties = properties;
        this.outages = outages;
    }

    PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties) {
        this(primary, scripted, properties, OutageLog.NONE);
    }

    /** The configured engine's name. */
    public String engine() {
        return primary.engine();
    }

    /** The opening line of the patient. */
    public String openingLine(Scenario scenario) {
        return scenario.patient().openingLine();
    }

    /** The LLM outages that overlap {@code from}–{@code to}: an examiner may add time to an encounter in one. */
    @PreAuthorize("hasAnyRole('EXAMINER', 'FACULTY', 'ADMIN')")
    public List<LlmOutage> outagesBetween(Instant from, Instant to) {
        return outages.between(from, to);
    }

    private void recordOutage(PatientUnavailableException error) {
        try {
            outages.replyFailed(error.getMessage());
        } catch (RuntimeException e) {
            log.error("The LLM outage could not be recorded", e); // the student's reply matters more
        }
    }

    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        if (primary == scripted || !properties.fallbackToScripted()) {
            primary.reply(scenario, history, question, stream);
            return;
        }
        primary.reply(scenario, history, question, new ReplyStream() {
            @Override
            public void token(String token) {
                stream.token(token);
            }

            @Override
            public void completed(PatientReply reply) {
                outages.llmAnswered();
                stream.completed(reply);
            }

            @Override
            public void failed(PatientUnavailableException error) {
                log.warn("LLM patient unavailable ({}); answering from the scripted engine", error.getMessage());
                recordOutage(error);
                stream.degraded(error.getMessage());
                scripted.reply(scenario, history, question, stream);
            }
        });
    }
}
