/**
 * The warm-up before readiness: when a node starts, it refuses traffic ({@code /actuator/health/readiness} answers
 * 503) until the hot paths of a turn have run over every published station, so that a node that joins an exam, or
 * restarts during one, does not take its first students with a cold JIT (docs/performance.md). Modules contribute
 * their paths as {@link org.oscetrainer.warmup.WarmUpStep}s; nothing they run is kept. See docs/operations.md and
 * docs/decisions/021-warm-up-before-readiness.md.
 */
package org.oscetrainer.warmup;
