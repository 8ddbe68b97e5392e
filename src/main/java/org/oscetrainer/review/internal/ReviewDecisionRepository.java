package org.oscetrainer.review.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByEncounterIdOrderById(long encounterId);

    List<ReviewDecision> findByEncounterIdInOrderById(Collection<Long> encounterIds);
}
