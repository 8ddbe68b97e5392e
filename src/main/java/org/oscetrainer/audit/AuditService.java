package org.oscetrainer.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.oscetrainer.audit.internal.AuditEntry;
import org.oscetrainer.audit.internal.AuditEntryRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log from the events other modules publish, and lets admins read and export it.
 * Nothing in the application changes or removes an entry; the retention purge removes old ones.
 */
@Service
public class AuditService {

    /** Longest text kept for a before or after value. */
    static final int MAX_VALUE = 2000;
    /**
     * Longest actor and subject id (the columns' length): a longer one, such as a user name typed with
     * hundreds of characters at sign-in, is cut and marked with "…" rather than lose the entry.
     */
    static final int MAX_NAME = 100;
    private static final int MAX_TYPE = 40;

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AuditService(AuditEntryRepository entries, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
    }

    /** Appends an entry, in the transaction of the action it records (if any). */
    @EventListener
    @Transactional
    public void on(AuditEvent event) {
        entries.save(new AuditEntry(clock.instant(), cap(event.actor() != null ? event.actor() : currentActor(), MAX_NAME),
                event.action(), cap(event.subjectType(), MAX_TYPE), cap(event.subjectId(), MAX_NAME),
                cap(event.before(), MAX_VALUE), cap(event.after(), MAX_VALUE)));
    }

    /** The newest entries that match, a page at a time. */
    @PreAuthorize("hasRole('READ_AUDIT')")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        return entries.search(filter.actor(), filter.action(), filter.from(), filter.to(),
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                .map(AuditEntry::toRecord).toList();
    }

    @PreAuthorize("hasRole('READ_AUDIT')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(filter.actor(), filter.action(), filter.from(), filter.to());
    }

    /** Writes the matching entries as CSV (UTF-8, RFC 4180, times in UTC), and records the export. */
    @PreAuthorize("hasRole('READ_AUDIT')")
    @Transactional
    public int writeCsv(AuditFilter filter, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write("id,at_utc,actor,action,subject_type,subject_id,before,after\r\n");
        int written = 0;
        int page = 0;
        List<AuditEntry> batch;
        do {
            batch = entries.search(filter.actor(), filter.action(), filter.from(), filter.to(), PageRequest.of(page++, 1000));
            for (AuditEntry e : batch) {
                AuditRecord r = e.toRecord();
                csv.write(String.join(",", String.valueOf(r.id()), DateTimeFormatter.ISO_INSTANT.format(r.at()),
                        field(r.actor()), r.action().name(), field(r.subjectType()), field(r.subjectId()),
                        field(r.before()), field(r.after())));
                csv.write("\r\n");
                written++;
            }
        } while (batch.size() == 1000);
        csv.flush();
        events.publishEvent(AuditEvent.of(AuditAction.AUDIT_EXPORTED, "audit-log", null, null,
                written + (written == 1 ? " entry" : " entries") + describe(filter)));
        return written;
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        if (f.actor() != null) {
            s.append(", actor=").append(f.actor());
        }
        if (f.action() != null) {
            s.append(", action=").append(f.action());
        }
        if (f.from() != null) {
            s.append(", from=").append(f.from());
        }
        if (f.to() != null) {
            s.append(", to=").append(f.to());
        }
        return s.toString();
    }

    /** A CSV field, quoted when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** The value, or its first {@code max - 1} characters and "…" (never half of a surrogate pair). */
    static String cap(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
