package org.oscetrainer.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.oscetrainer.common.UtcInstants;
import org.oscetrainer.review.internal.BlindSelection;
import org.oscetrainer.review.internal.BlindSelectionRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blind items of each encounter (against automation bias): a share of its rubric items, chosen at
 * random the first time anyone asks and kept in the database, so that every reload and every node
 * hides the same ones. Two nodes choosing at once keep the first choice written (the encounter is the
 * primary key).
 */
@Component
class BlindItems {

    private final BlindSelectionRepository selections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final ReviewProperties properties;
    private final Clock clock;

    BlindItems(BlindSelectionRepository selections, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ReviewProperties properties, Clock clock) {
        this.selections = selections;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The encounter's blind item ids, choosing them among {@code itemIds} if nobody has yet; none when
     * the share is 0 and none were chosen before.
     */
    Set<String> of(long encounterId, List<String> itemIds) {
        Set<String> chosen = chosen(encounterId);
        if (chosen != null) {
            return chosen;
        }
        int count = properties.blindCount(itemIds.size());
        if (count == 0) {
            return Set.of();
        }
        List<String> shuffled = new ArrayList<>(itemIds);
        Collections.shuffle(shuffled, ThreadLocalRandom.current());
        List<String> pick = shuffled.subList(0, count);
        try {
            newTransaction.executeWithoutResult(tx -> jdbc.update(
                    "INSERT INTO review_blind_selection (encounter_id, item_ids, blind_share, chosen_at) VALUES (?, ?, ?, ?)",
                    encounterId, String.join(",", pick), properties.blindShare(), UtcInstants.column(clock.instant())));
        } catch (DuplicateKeyException another) {
            // another request or node chose first: theirs stands
        }
        return chosen(encounterId);
    }

    /** The blind items already chosen for these encounters (encounters without a choice are absent). */
    Map<Long, Set<String>> chosen(Collection<Long> encounterIds) {
        return selections.findByEncounterIdIn(encounterIds).stream()
                .collect(Collectors.toMap(BlindSelection::getEncounterId, BlindSelection::itemIds));
    }

    private Set<String> chosen(long encounterId) {
        return newTransaction.execute(tx -> selections.findById(encounterId).map(BlindSelection::itemIds).orElse(null));
    }
}
