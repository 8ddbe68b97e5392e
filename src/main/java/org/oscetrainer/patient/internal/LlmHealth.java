package org.oscetrainer.patient.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.patient.PatientProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Whether the LLM endpoint answers ({@code GET <base-url>/models}, any HTTP answer counts), part of
 * readiness when the engine is {@code llm} or {@code llm-script}. Unreachable: {@code DEGRADED} (HTTP 200, the node still
 * serves: the scripted engine answers) when {@code osce.patient.fallback-to-scripted} is on, else
 * {@code DOWN} (the node cannot run a station). Asked at most every 10 s.
 */
@Component("llm")
@ConditionalOnExpression("'${osce.patient.engine:scripted}' != 'scripted'")
class LlmHealth extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "LLM unreachable: the scripted engine answers");
    private static final long CACHE_NANOS = Duration.ofSeconds(10).toNanos();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI models;
    private final boolean fallback;
    private volatile long checkedAt;
    private volatile Boolean reachable;

    LlmHealth(LlmProperties llm, PatientProperties patient) {
        String base = llm.baseUrl().endsWith("/") ? llm.baseUrl() : llm.baseUrl() + "/";
        this.models = URI.create(base).resolve("models");
        // llm-script always answers from the scripted matcher when the model is away
        this.fallback = patient.fallbackToScripted() || ScriptChoicePatient.ENGINE.equals(patient.engine());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long now = System.nanoTime();
        Boolean known = reachable;
        if (known == null || now - checkedAt > CACHE_NANOS) {
            known = probe();
            reachable = known;
            checkedAt = now;
        }
        if (known) {
            builder.up();
        } else {
            builder.status(fallback ? DEGRADED : Status.DOWN);
        }
    }

    private boolean probe() {
        try {
            client.send(HttpRequest.newBuilder(models).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
