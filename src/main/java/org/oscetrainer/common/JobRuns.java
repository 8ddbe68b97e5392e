package org.oscetrainer.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the runs of the scheduled jobs on this node ({@code osce.jobs.runs{job}}): across the
 * cluster, a job's runs add up to one node's (ShedLock lets one node at a time run it).
 */
@Component
public class JobRuns {

    private final MeterRegistry registry;

    JobRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A run of {@code job} on this node. */
    public void ran(String job) {
        Counter.builder("osce.jobs.runs").description("Runs of a scheduled job on this node").tag("job", job)
                .register(registry).increment();
    }
}
