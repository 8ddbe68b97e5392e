package org.oscetrainer.review.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SecondMarkerRepository extends JpaRepository<SecondMarker, Long> {

    List<SecondMarker> findByExamSessionId(long examSessionId);

    /** The assignment, its row locked until the transaction ends: two faculty changing it at once go one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SecondMarker s where s.encounterId = :encounterId")
    Optional<SecondMarker> findForUpdate(@Param("encounterId") long encounterId);

    /**
     * The assigned examiner as committed, the row locked until the transaction ends: a scalar read, so that
     * an assignment already loaded in this transaction (as its snapshot saw it) is not returned instead.
     */
    @Query(value = "select examiner from review_second_marker where encounter_id = :encounterId for update", nativeQuery = true)
    Optional<String> lockedExaminer(@Param("encounterId") long encounterId);
}
