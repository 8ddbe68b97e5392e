package org.oscetrainer.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cohort analytics settings.
 *
 * @param defaultPassShare {@code osce.analytics.default-pass-share}: the pass mark of a station, as a
 *     share of its maximum, when borderline regression cannot set one (fewer than 3 signed-off global
 *     ratings, or all the same)
 */
@ConfigurationProperties("osce.analytics")
public record AnalyticsProperties(@DefaultValue("0.5") double defaultPassShare) {
}
