package org.oscetrainer.cohort.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findAllByOrderByAcademicYearDescNameAsc();

    boolean existsByNameAndAcademicYear(String name, int academicYear);

    /** The cohort, locked until the transaction ends: one roster import at a time per cohort. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.id = :id")
    Optional<Cohort> lockById(long id);
}
