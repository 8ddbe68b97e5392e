package org.oscetrainer.incident.internal;

import java.util.List;
import org.oscetrainer.incident.IncidentStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AiIncidentRepository extends JpaRepository<AiIncident, Long> {

    List<AiIncident> findAllByOrderByReportedAtDesc();

    List<AiIncident> findByStatusOrderByReportedAtDesc(IncidentStatus status);

    long countByStatus(IncidentStatus status);
}
