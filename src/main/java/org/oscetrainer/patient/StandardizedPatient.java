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
}
