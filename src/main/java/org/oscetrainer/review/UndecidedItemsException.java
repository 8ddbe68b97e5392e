package org.oscetrainer.review;

import java.util.List;
import org.oscetrainer.common.HasMessageKey;

/**
 * Signing off would confirm, unseen, items that must be decided one by one: critical items and blind
 * items (there is no "confirm all" for them).
 */
public class UndecidedItemsException extends IllegalStateException implements HasMessageKey {

    private final List<String> itemIds;

    public UndecidedItemsException(List<String> itemIds) {
        super("Decide these critical or blind items one by one before signing off: " + String.join(", ", itemIds));
        this.itemIds = List.copyOf(itemIds);
    }

    public List<String> itemIds() {
        return itemIds;
    }

    @Override
    public String messageKey() {
        return "review.sign-off.undecided";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {itemIds.size()};
    }
}
