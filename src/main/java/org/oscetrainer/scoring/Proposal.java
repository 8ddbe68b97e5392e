package org.oscetrainer.scoring;

import java.util.List;

/**
 * What a grader proposes for one transcript, with its provenance.
 *
 * @param grader the grader that produced the items ({@code checklist-v2}, {@code llm-v1})
 * @param model the LLM's model name, or {@code null} for the offline grader
 * @param promptHash the hash of the grader's system prompt, or {@code null} for the offline grader
 * @param fallbackReason why the LLM grader's proposal was replaced by the offline grader's, or {@code null}
 */
public record Proposal(String grader, String model, String promptHash, List<ItemScore> items, String fallbackReason) {

    public Proposal {
        items = List.copyOf(items);
    }

    public static Proposal offline(String grader, List<ItemScore> items) {
        return new Proposal(grader, null, null, items, null);
    }

    /** The same items, recorded as the fallback for an LLM grader that failed for {@code reason}. */
    public Proposal asFallback(String reason) {
        return new Proposal(grader, model, promptHash, items, reason);
    }
}
