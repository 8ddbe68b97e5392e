package org.oscetrainer.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the operational endpoints (docs/operations.md).
 *
 * @param metricsFrom {@code osce.operations.metrics-from}: addresses (CIDR) allowed to read
 *     {@code /actuator/prometheus} without signing in, e.g. the Prometheus server; an ADMIN signed in with
 *     HTTP Basic may read it from anywhere. Health ({@code /actuator/health/**}) is open to all, without details.
 */
@ConfigurationProperties("osce.operations")
public record OperationsProperties(@DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> metricsFrom) {
}
