package org.oscetrainer.patient.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.oscetrainer.patient.LlmProperties;
import org.oscetrainer.patient.PatientProperties;
import org.oscetrainer.patient.StandardizedPatient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Chooses the patient engine from {@code osce.patient.engine}. */
@Configuration(proxyBeanMethods = false)
class PatientConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService patientScheduler() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "patient-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ScriptedPatient scriptedPatient(ScheduledExecutorService patientScheduler, PatientProperties properties) {
        return new ScriptedPatient(patientScheduler, properties.tokenDelay().toMillis());
    }

    @Bean
    @Primary
    StandardizedPatient standardizedPatient(PatientProperties properties, LlmProperties llm,
            ScriptedPatient scripted, ScheduledExecutorService patientScheduler) {
        return switch (properties.engine()) {
            case ScriptedPatient.ENGINE -> scripted;
            case LlmPatient.ENGINE -> new LlmPatient(llm, new PatientPrompt(), patientScheduler);
            default -> throw new IllegalStateException("osce.patient.engine must be 'scripted' or 'llm', not '"
                    + properties.engine() + "'");
        };
    }
}
