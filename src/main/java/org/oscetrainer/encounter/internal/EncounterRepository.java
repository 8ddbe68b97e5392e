package org.oscetrainer.encounter.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EncounterRepository extends JpaRepository<Encounter, Long> {

    List<Encounter> findByStudentUsernameOrderByStartedAtDesc(String studentUsername);

    Optional<Encounter> findFirstByStudentUsernameAndStationVersionIdAndEndedAtIsNull(String studentUsername,
            long stationVersionId);

    Optional<Encounter> findFirstByStudentUsernameAndStationVersionIdAndExamSessionIdIsNullAndEndedAtIsNull(
            String studentUsername, long stationVersionId);

    List<Encounter> findByStudentUsernameAndExamSessionIdAndStationIdOrderByStartedAtDesc(String studentUsername,
            long examSessionId, String stationId);

    List<Encounter> findByExamSessionIdOrderByStartedAt(long examSessionId);

    List<Encounter> findByEndedAtIsNotNullOrderByEndedAtDesc();

    List<Encounter> findByEndedAtIsNullAndDeadlineAtBefore(Instant now);

    long countByEndedAtIsNull();
}
