package org.oscetrainer.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StationVersionRepository extends JpaRepository<StationVersion, Long> {

    Optional<StationVersion> findFirstByStationIdOrderByVersionDesc(String stationId);

    /** The status alone: asked on every question, it must not load the station's sources. */
    @Query("select v.status from StationVersion v where v.id = ?1")
    Optional<String> findStatusById(long id);

    Optional<StationVersion> findFirstByStationIdAndOriginOrderByVersionDesc(String stationId, String origin);

    Optional<StationVersion> findFirstByStationIdAndStatusOrderByVersionDesc(String stationId, String status);

    List<StationVersion> findByStationIdOrderByVersionDesc(String stationId);

    List<StationVersion> findByStationIdAndStatus(String stationId, String status);

    /** The newest published version of every station that has one. */
    @Query("""
            select v from StationVersion v where v.status = 'PUBLISHED' and v.version =
              (select max(w.version) from StationVersion w where w.stationId = v.stationId and w.status = 'PUBLISHED')
            order by v.title""")
    List<StationVersion> findLatestPublished();

    /** The newest version of every station, whatever its status. */
    @Query("""
            select v from StationVersion v where v.version =
              (select max(w.version) from StationVersion w where w.stationId = v.stationId)
            order by v.title""")
    List<StationVersion> findLatestOfEachStation();
}
