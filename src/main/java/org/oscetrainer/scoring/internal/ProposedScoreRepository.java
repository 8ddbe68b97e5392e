package org.oscetrainer.scoring.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposedScoreRepository extends JpaRepository<ProposedScore, Long> {

    List<ProposedScore> findByEncounterIdOrderById(long encounterId);

    List<ProposedScore> findByEncounterIdInOrderById(Collection<Long> encounterIds);

    boolean existsByEncounterId(long encounterId);

    boolean existsByEncounterIdAndItemCategory(long encounterId, String itemCategory);

    boolean existsByEncounterIdAndItemCategoryNot(long encounterId, String itemCategory);
}
