package org.oscetrainer.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log.
 *
 * @param retention {@code osce.audit.retention}: how long entries are kept before the daily purge
 *     removes them; at least {@link #MINIMUM} (the EU AI Act asks for six months of logs for
 *     high-risk systems), 400 days by default so that a whole academic year and its appeals are covered
 */
@ConfigurationProperties("osce.audit")
public record AuditProperties(@DefaultValue("400d") Duration retention) {

    /** Six months and a few days; the database refuses to delete younger entries as well. */
    public static final Duration MINIMUM = Duration.ofDays(183);

    public AuditProperties {
        if (retention.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("osce.audit.retention must be at least " + MINIMUM.toDays()
                    + " days (six months), not " + retention.toDays() + " days");
        }
    }
}
