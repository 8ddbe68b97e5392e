package org.oscetrainer.patient;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The standardized patient engine.
 *
 * @param engine {@code osce.patient.engine}: {@code scripted} (default, no LLM) or {@code llm}
 * @param tokenDelay {@code osce.patient.token-delay}: pause between the words the scripted patient streams
 *     (a natural typing pace; 0 for none)
 * @param fallbackToScripted {@code osce.patient.fallback-to-scripted}: when the LLM fails, answer from
 *     the scripted engine (degraded mode) instead of failing the turn
 */
@ConfigurationProperties("osce.patient")
public record PatientProperties(@DefaultValue("scripted") String engine, @DefaultValue("25ms") Duration tokenDelay,
        @DefaultValue("true") boolean fallbackToScripted) {
}
