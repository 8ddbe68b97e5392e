package org.oscetrainer.patient.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LlmOutageRepository extends JpaRepository<LlmOutageEntry, Long> {

    Optional<LlmOutageEntry> findFirstByEndedAtIsNullOrderByStartedAtDesc();

    @Query("select o from LlmOutageEntry o where o.startedAt <= :to and (o.endedAt is null or o.endedAt >= :from) "
            + "order by o.startedAt")
    List<LlmOutageEntry> overlapping(Instant from, Instant to);
}
