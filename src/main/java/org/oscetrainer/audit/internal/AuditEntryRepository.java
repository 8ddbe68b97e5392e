package org.oscetrainer.audit.internal;

import java.time.Instant;
import java.util.List;
import org.oscetrainer.audit.AuditAction;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read; no update, and deletion only by the retention purge. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("select e from AuditEntry e where (:actor is null or e.actor = :actor) and (:action is null or e.action = :action)"
            + " and (:from is null or e.at >= :from) and (:to is null or e.at < :to) order by e.at desc, e.id desc")
    List<AuditEntry> search(String actor, AuditAction action, Instant from, Instant to, Pageable page);

    @Query("select count(e) from AuditEntry e where (:actor is null or e.actor = :actor) and (:action is null or e.action = :action)"
            + " and (:from is null or e.at >= :from) and (:to is null or e.at < :to)")
    long count(String actor, AuditAction action, Instant from, Instant to);

    @Modifying
    @Query("delete from AuditEntry e where e.at < :cutoff")
    int deleteOlderThan(Instant cutoff);
}
