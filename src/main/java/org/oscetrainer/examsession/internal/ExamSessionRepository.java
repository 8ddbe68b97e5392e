package org.oscetrainer.examsession.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ExamSessionRepository extends JpaRepository<ExamSessionRow, Long> {

    List<ExamSessionRow> findAllByOrderByOpensAtDesc();

    List<ExamSessionRow> findByCohortIdInOrderByOpensAtDesc(Collection<Long> cohortIds);

    /**
     * The open sessions whose window has ended, locked until the transaction ends: the closing job and a faculty
     * member releasing, closing or switching AI scoring at the same moment take turns on the row instead of one of
     * them failing on a stale version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<ExamSessionRow> findByClosedAtIsNullAndClosesAtLessThanEqual(Instant now);

    /** The session, locked until the transaction ends (see above). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ExamSessionRow s where s.id = :id")
    Optional<ExamSessionRow> lockById(long id);
}
