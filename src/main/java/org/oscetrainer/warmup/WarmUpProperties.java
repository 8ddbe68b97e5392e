package org.oscetrainer.warmup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The warm-up before readiness (docs/operations.md).
 *
 * @param enabled {@code osce.warm-up.enabled}: whether the node runs a turn's hot paths over every published station
 *     before it reports itself ready; off, it is ready as soon as it has started (the tests' profile, for fast starts)
 * @param rounds {@code osce.warm-up.rounds}: how many times over every published station; the JIT compiles a method
 *     after some thousands of calls, so one round warms the first layers and the next ones the compiled code's
 *     hot loops (docs/performance.md gives what each took)
 * @param maxDuration {@code osce.warm-up.max-duration}: the warm-up stops there, between two steps, whatever is left,
 *     and the node becomes ready (the first station is always warmed by every step)
 */
@ConfigurationProperties("osce.warm-up")
public record WarmUpProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int rounds,
        @DefaultValue("60s") Duration maxDuration) {
}
