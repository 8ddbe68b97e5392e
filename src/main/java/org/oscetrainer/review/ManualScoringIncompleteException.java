package org.oscetrainer.review;

import java.util.List;

/** AI scoring was stopped for the session and the examiner has not scored every item yet. */
public class ManualScoringIncompleteException extends IllegalStateException {

    private final List<String> unscoredItems;

    public ManualScoringIncompleteException(List<String> unscoredItems) {
        super("AI scoring was stopped for this session: score every item before signing off (" + unscoredItems.size()
                + " left: " + String.join(", ", unscoredItems) + ")");
        this.unscoredItems = List.copyOf(unscoredItems);
    }

    public List<String> unscoredItems() {
        return unscoredItems;
    }
}
