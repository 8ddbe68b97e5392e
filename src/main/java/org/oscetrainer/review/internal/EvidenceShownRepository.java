package org.oscetrainer.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceShownRepository extends JpaRepository<EvidenceShown, EvidenceShown.Key> {

    List<EvidenceShown> findByEncounterIdAndMarker(long encounterId, int marker);
}
