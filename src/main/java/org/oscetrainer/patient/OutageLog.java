package org.oscetrainer.patient;

import java.time.Instant;
import java.util.List;

/** Records when the LLM patient is down: from the first reply it fails to the first it gives again. */
public interface OutageLog {

    /** A reply failed and went to the scripted engine; opens an outage or counts one more reply in it. */
    void replyFailed(String reason);

    /** The LLM answered; closes the open outage, if any. */
    void llmAnswered();

    /** The outages that overlap {@code from}–{@code to}, oldest first. */
    List<LlmOutage> between(Instant from, Instant to);

    /** Keeps nothing (for an engine built outside the application, e.g. in a command or a test). */
    OutageLog NONE = new OutageLog() {
        @Override
        public void replyFailed(String reason) {
        }

        @Override
        public void llmAnswered() {
        }

        @Override
        public List<LlmOutage> between(Instant from, Instant to) {
            return List.of();
        }
    };
}
