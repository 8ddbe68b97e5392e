package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oscetrainer.patient.FakeOpenAiServer;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.patient.PatientProperties;
import org.springframework.boot.actuate.health.Status;

/** The LLM's part in readiness, against a real local endpoint and a closed port. */
class LlmHealthTest {

    private static LlmProperties llm(String baseUrl) {
        return new LlmProperties(baseUrl, "m", null, 0.4, 300, Duration.ofSeconds(20), Duration.ofSeconds(10));
    }

    private static String closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }
    }

    @Test
    void upWhenTheEndpointAnswers() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            LlmHealth health = new LlmHealth(llm(server.baseUrl()), new PatientProperties("llm", Duration.ZERO, true));
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void degradedWithTheFallbackAndDownWithoutWhenUnreachable() throws Exception {
        String closed = closedPort();
        assertThat(new LlmHealth(llm(closed), new PatientProperties("llm", Duration.ZERO, true)).health().getStatus())
                .isEqualTo(LlmHealth.DEGRADED);
        assertThat(new LlmHealth(llm(closed), new PatientProperties("llm", Duration.ZERO, false)).health().getStatus())
                .isEqualTo(Status.DOWN);
    }
}
