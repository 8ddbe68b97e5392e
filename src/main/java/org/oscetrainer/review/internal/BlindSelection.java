package org.oscetrainer.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The items of one encounter whose AI proposal is hidden until marked, chosen once and kept. */
@Entity
@Table(name = "review_blind_selection")
public class BlindSelection {

    @Id
    @Column(name = "encounter_id")
    private Long encounterId;

    @Column(name = "item_ids", nullable = false)
    private String itemIds;

    @Column(name = "blind_share", nullable = false)
    private BigDecimal blindShare;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected BlindSelection() {
    }

    public BlindSelection(long encounterId, Collection<String> itemIds, double blindShare, Instant chosenAt) {
        this.encounterId = encounterId;
        this.itemIds = String.join(",", itemIds);
        this.blindShare = BigDecimal.valueOf(blindShare);
        this.chosenAt = chosenAt;
    }

    public long getEncounterId() {
        return encounterId;
    }

    public Set<String> itemIds() {
        return itemIds.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(itemIds.split(",")));
    }
}
