package org.oscetrainer.incident;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * AI incident reports.
 *
 * @param guardRegressionsDir {@code osce.incident.guard-regressions-dir}: where a report of a leaked diagnosis or
 *     an out-of-character reply appends the attack (station, the student's question, the reply) to
 *     {@code incident-regressions.jsonl}, for developers to add to the guard's regression file
 *     ({@code src/test/resources/guard/incident-regressions.jsonl}); empty: not written
 */
@ConfigurationProperties("osce.incident")
public record IncidentProperties(@DefaultValue("data/guard-regressions") String guardRegressionsDir) {
}
