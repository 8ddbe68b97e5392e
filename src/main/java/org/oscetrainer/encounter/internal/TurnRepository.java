package org.oscetrainer.encounter.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TurnRepository extends JpaRepository<Turn, Long> {

    List<Turn> findByEncounterIdOrderBySeq(long encounterId);

    @Query("select coalesce(max(t.seq), 0) from Turn t where t.encounterId = ?1")
    int lastSeq(long encounterId);
}
