package org.oscetrainer.encounter.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TurnRepository extends JpaRepository<Turn, Long> {

    List<Turn> findByEncounterIdOrderBySeq(long encounterId);
}
