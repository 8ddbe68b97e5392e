package org.oscetrainer.security.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SetPasswordLinkRepository extends JpaRepository<SetPasswordLinkRow, Long> {

    /** Locks the row: two nodes redeeming the same link at once cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from SetPasswordLinkRow l where l.tokenHash = :hash")
    Optional<SetPasswordLinkRow> lockByTokenHash(@Param("hash") String hash);

    Optional<SetPasswordLinkRow> findByTokenHash(String hash);

    @Query("select l from SetPasswordLinkRow l where l.accountId = :account and l.usedAt is null and l.expiresAt > :now")
    List<SetPasswordLinkRow> usable(@Param("account") Long accountId, @Param("now") Instant now);
}
