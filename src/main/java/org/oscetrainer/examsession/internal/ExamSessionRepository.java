package org.oscetrainer.examsession.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamSessionRepository extends JpaRepository<ExamSessionRow, Long> {

    List<ExamSessionRow> findAllByOrderByOpensAtDesc();

    List<ExamSessionRow> findByCohortIdInOrderByOpensAtDesc(Collection<Long> cohortIds);

    List<ExamSessionRow> findByClosedAtIsNullAndClosesAtLessThanEqual(Instant now);
}
