package org.oscetrainer.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecondMarkerRepository extends JpaRepository<SecondMarker, Long> {

    List<SecondMarker> findByExamSessionId(long examSessionId);
}
