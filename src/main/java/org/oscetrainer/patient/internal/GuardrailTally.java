package org.oscetrainer.patient.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.oscetrainer.patient.GuardrailCounts;

/** Counts the guardrails' decisions (see {@link GuardrailCounts}). */
public final class GuardrailTally {

    final AtomicLong llmChecked = new AtomicLong();
    final AtomicLong llmBroken = new AtomicLong();
    final AtomicLong regenerated = new AtomicLong();
    final AtomicLong replacedByScripted = new AtomicLong();
    final AtomicLong scriptedChecked = new AtomicLong();
    final AtomicLong scriptedFlagged = new AtomicLong();

    public GuardrailCounts counts() {
        return new GuardrailCounts(llmChecked.get(), llmBroken.get(), regenerated.get(), replacedByScripted.get(),
                scriptedChecked.get(), scriptedFlagged.get());
    }
}
