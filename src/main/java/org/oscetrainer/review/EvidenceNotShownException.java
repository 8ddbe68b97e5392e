package org.oscetrainer.review;

import org.oscetrainer.common.HasMessageKey;

/** A critical item's AI proposal cannot be confirmed before its evidence was shown to the marker. */
public class EvidenceNotShownException extends IllegalStateException implements HasMessageKey {

    private final String itemId;

    public EvidenceNotShownException(String itemId) {
        super("Critical item " + itemId + ": show its evidence before confirming the AI's proposal");
        this.itemId = itemId;
    }

    public String itemId() {
        return itemId;
    }

    @Override
    public String messageKey() {
        return "review.critical.evidence-first";
    }
}
