package org.oscetrainer.encounter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Encounters.
 *
 * @param deadlineCheckInterval {@code osce.encounter.deadline-check-interval}: how often the server closes
 *     encounters past their deadline, with or without a browser open
 * @param questionsPerMinute {@code osce.encounter.questions-per-minute}: questions one student may ask in a
 *     minute, across their encounters (a real station allows a few; this stops a script flooding the LLM)
 */
@ConfigurationProperties("osce.encounter")
public record EncounterProperties(@DefaultValue("5s") Duration deadlineCheckInterval,
        @DefaultValue("20") int questionsPerMinute) {
}
