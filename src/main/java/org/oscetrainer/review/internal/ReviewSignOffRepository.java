package org.oscetrainer.review.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewSignOffRepository extends JpaRepository<ReviewSignOff, Long> {

    List<ReviewSignOff> findByEncounterIdOrderByMarker(long encounterId);

    List<ReviewSignOff> findByEncounterIdIn(Collection<Long> encounterIds);

    List<ReviewSignOff> findAllByOrderByEncounterId();
}
