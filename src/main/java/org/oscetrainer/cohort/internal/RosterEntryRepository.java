package org.oscetrainer.cohort.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RosterEntryRepository extends JpaRepository<RosterEntry, Long> {

    List<RosterEntry> findByCohortId(long cohortId);

    long countByCohortId(long cohortId);

    boolean existsByCohortIdAndUsername(long cohortId, String username);

    @Query("select distinct e.cohortId from RosterEntry e where e.username = :username order by e.cohortId")
    List<Long> cohortIdsOf(String username);

    /** Students per cohort: rows of (cohort id, count). */
    @Query("select e.cohortId, count(e) from RosterEntry e group by e.cohortId")
    List<Object[]> countByCohort();
}
