package org.oscetrainer.warmup;

import java.util.List;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warms the node up before it reports itself ready. Spring Boot reports readiness ({@code ACCEPTING_TRAFFIC},
 * {@code /actuator/health/readiness} 200, what the load balancer waits for) once every {@link ApplicationRunner} has
 * returned; this runner is the last (after the station library is loaded), runs every {@link WarmUpStep} over every
 * published station ({@link WarmUpRounds}) and returns. Until then the web server is up, liveness is
 * {@code CORRECT} and readiness {@code REFUSING_TRAFFIC} (503). A failure never stops the node: it is logged and the
 * node becomes ready, cold. Runs on the start-up thread: nothing else waits for it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmUpBeforeReadiness implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WarmUpBeforeReadiness.class);

    private final WarmUpProperties properties;
    private final ObjectProvider<WarmUpStep> steps;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;

    WarmUpBeforeReadiness(WarmUpProperties properties, ObjectProvider<WarmUpStep> steps, CatalogService catalog,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.steps = steps;
        this.catalog = catalog;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.info("Warm-up before readiness off (osce.warm-up.enabled=false): the node is ready cold");
            return;
        }
        // already the state before the first readiness event; said here so that the log and any listener see it
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            List<Scenario> stations = SystemIdentity.call(() -> catalog.publishedStations().stream()
                    .map(s -> catalog.scenario(s.versionId())).toList());
            List<WarmUpStep> ordered = steps.orderedStream().toList();
            WarmUpReport report = new WarmUpRounds(ordered, properties.rounds(), properties.maxDuration(), System::nanoTime)
                    .run(stations);
            log.info(report.summary());
        } catch (RuntimeException | LinkageError e) {
            log.error("The warm-up before readiness failed; the node becomes ready without it", e);
        }
    }
}
