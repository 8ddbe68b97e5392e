package org.oscetrainer.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StationVersionRepository extends JpaRepository<StationVersion, Long> {

    Optional<StationVersion> findFirstByStationIdOrderByVersionDesc(String stationId);

    /** The newest version of every published station. */
    @Query("""
            select v from StationVersion v where v.status = 'PUBLISHED' and v.version =
              (select max(w.version) from StationVersion w where w.stationId = v.stationId)
            order by v.title""")
    List<StationVersion> findLatestPublished();
}
