package org.oscetrainer.accommodation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeAccommodationRepository extends JpaRepository<TimeAccommodationRow, Long> {

    List<TimeAccommodationRow> findByCohortId(long cohortId);

    List<TimeAccommodationRow> findByUsername(String username);

    Optional<TimeAccommodationRow> findByCohortIdAndUsername(long cohortId, String username);
}
