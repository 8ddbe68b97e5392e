package org.oscetrainer.patient;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The standardized patient engine.
 *
 * @param engine {@code osce.patient.engine}: {@code scripted} (default, no LLM), {@code llm} (the hospital's model
 *     plays the patient, behind the guard) or {@code llm-script} (the model only chooses which scripted facts answer
 *     the question; the patient says the script's words)
 * @param tokenDelay {@code osce.patient.token-delay}: pause between the words the scripted patient streams
 *     (a natural typing pace; 0 for none)
 * @param fallbackToScripted {@code osce.patient.fallback-to-scripted}: when the LLM fails, answer from
 *     the scripted engine (degraded mode) instead of failing the turn ({@code llm-script} always answers from the
 *     scripted matcher then)
 * @param choiceTimeout {@code osce.patient.choice-timeout}: with {@code llm-script}, how long the model may take to
 *     choose the facts before the scripted matcher answers
 */
@ConfigurationProperties("osce.patient")
public record PatientProperties(@DefaultValue("scripted") String engine, @DefaultValue("25ms") Duration tokenDelay,
        @DefaultValue("true") boolean fallbackToScripted, @DefaultValue("3s") Duration choiceTimeout) {

    @ConstructorBinding
    public PatientProperties {
    }

    public PatientProperties(String engine, Duration tokenDelay, boolean fallbackToScripted) {
        this(engine, tokenDelay, fallbackToScripted, Duration.ofSeconds(3));
    }
}
