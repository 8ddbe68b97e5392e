package org.oscetrainer.review.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlindSelectionRepository extends JpaRepository<BlindSelection, Long> {

    List<BlindSelection> findByEncounterIdIn(Collection<Long> encounterIds);
}
