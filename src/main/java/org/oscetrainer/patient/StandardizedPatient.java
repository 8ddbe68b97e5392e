package org.oscetrainer.patient;

import java.util.List;
import org.oscetrainer.catalog.Scenario;

/** A standardized patient engine: answers a student's question in character, streaming its reply. */
public interface StandardizedPatient {

    /** {@code scripted} or {@code llm}. */
    String engine();

    /**
     * Answers {@code question}, asynchronously. {@code history} holds the earlier turns of the
     * encounter, oldest first (rebuilt from the database, so it survives a restart).
     */
    void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream);

    /**
     * Whether the replies are generated (a model's, checked while they stream and asked for once more
     * when they break a guardrail) rather than authored (the script's, given as written).
     */
    default boolean generated() {
        return false;
    }

    /**
     * Answers {@code question} again after a reply broke a guardrail, reminded of the rules (the
     * guardrails' reminder appended to the system prompt). An authored engine answers as before.
     */
    default void replyReminded(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        reply(scenario, history, question, stream);
    }
}
