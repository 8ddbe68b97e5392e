package org.oscetrainer.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.cohort.internal.Cohort;
import org.oscetrainer.cohort.internal.CohortRepository;
import org.oscetrainer.cohort.internal.RosterCheck;
import org.oscetrainer.cohort.internal.RosterEntry;
import org.oscetrainer.cohort.internal.RosterEntryRepository;
import org.oscetrainer.cohort.internal.RosterLine;
import org.oscetrainer.cohort.internal.RosterReader;
import org.oscetrainer.cohort.internal.RosterSheet;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.NewStudent;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a cohort's roster from the registrar's spreadsheet in two steps: {@link #preview} reads
 * and checks the file and writes nothing; {@link #commit} checks it again against the roster as it
 * is then and writes every row in one transaction, only when no row is in error (the faculty fixes
 * the file and uploads it again). Rows are matched by student number: a student already on the
 * roster is updated, never duplicated; students the file does not list are left as they are.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGE_COHORTS', 'SYSTEM')")
public class RosterImport {

    /** Largest file accepted. */
    public static final int MAX_BYTES = RosterReader.MAX_BYTES;
    /** Most student rows in one file. */
    public static final int MAX_ROWS = RosterReader.MAX_ROWS;

    private final CohortRepository cohorts;
    private final RosterEntryRepository entries;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RosterReader reader = new RosterReader();

    RosterImport(CohortRepository cohorts, RosterEntryRepository entries, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.entries = entries;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** What importing this file would do, row by row; writes nothing. A broken file gives a file problem, never an exception. */
    @Transactional(readOnly = true)
    public RosterPreview preview(long cohortId, String fileName, byte[] bytes) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new UnknownCohortException(cohortId));
        RosterSheet sheet = reader.read(fileName, bytes);
        if (sheet.problem() != null) {
            return RosterPreview.unreadable(cohortId, fileName, sheet.problem());
        }
        return check(cohort, fileName, sheet.lines(), sheet.ignoredColumns());
    }

    /**
     * Imports a previewed file: checks its rows again (the roster or the accounts may have changed
     * since), then writes them all, or nothing and throws {@link RosterRejectedException} if any row
     * is in error. New students get a STUDENT account (see {@link AccountService#ensureStudentAccounts}), and every student's
     * account the roster's e-mail address (by which single sign-on can find it).
     */
    @Transactional
    public RosterImported commit(long cohortId, RosterPreview preview) {
        if (preview.cohortId() != cohortId) {
            throw new IllegalArgumentException("This preview is of cohort #" + preview.cohortId());
        }
        Cohort cohort = cohorts.lockById(cohortId).orElseThrow(() -> new UnknownCohortException(cohortId));
        if (preview.fileProblem() != null) {
            throw new RosterRejectedException(preview);
        }
        List<RosterLine> lines = preview.rows().stream().map(r -> new RosterLine(r.rowNumber(), r.student().studentNumber(),
                r.student().lastName(), r.student().firstName(), r.student().email(), r.student().group())).toList();
        RosterPreview checked = check(cohort, preview.fileName(), lines, preview.ignoredColumns());
        if (!checked.importable()) {
            throw new RosterRejectedException(checked);
        }

        Instant now = clock.instant();
        Map<String, RosterEntry> current = entries.findByCohortId(cohortId).stream()
                .collect(Collectors.toMap(e -> e.toStudent().username(), Function.identity()));
        int before = current.size();
        boolean parked = false;
        for (RosterRow row : checked.rows()) {
            if (row.status() == RosterRow.Status.UPDATE && row.changes().contains(RosterField.EMAIL)) {
                current.get(row.student().username()).parkEmail();
                parked = true;
            }
        }
        if (parked) {
            entries.flush();
        }
        List<NewStudent> students = new java.util.ArrayList<>();
        for (RosterRow row : checked.rows()) {
            RosterStudent student = row.student();
            switch (row.status()) {
                case NEW -> entries.save(new RosterEntry(cohortId, student, now));
                case UPDATE -> current.get(student.username()).update(student, now);
                default -> { }
            }
            students.add(new NewStudent(student.username(), student.displayName(), student.email()));
        }
        entries.flush();
        var created = accounts.ensureStudentAccounts(students);

        int added = (int) checked.count(RosterRow.Status.NEW);
        int updated = (int) checked.count(RosterRow.Status.UPDATE);
        int unchanged = (int) checked.count(RosterRow.Status.UNCHANGED);
        RosterImported result = new RosterImported(cohortId, before, before + added, added, updated, unchanged,
                checked.notInFile().size(), created.created());
        events.publishEvent(AuditEvent.of(AuditAction.ROSTER_IMPORTED, "cohort", cohortId,
                before + " students",
                result.after() + " students (" + cohort.getName() + " " + cohort.getAcademicYear() + ", file "
                        + preview.fileName() + "): " + added + " new, " + updated + " updated, " + unchanged
                        + " unchanged, " + result.notInFile() + " not in the file; " + created.created()
                        + " student accounts created"));
        return result;
    }

    private RosterPreview check(Cohort cohort, String fileName, List<RosterLine> lines, List<String> ignoredColumns) {
        List<RosterStudent> roster = entries.findByCohortId(cohort.getId()).stream().map(RosterEntry::toStudent).toList();
        Map<String, String> otherAccounts = new HashMap<>();
        accounts.roles(lines.stream().map(l -> RosterCheck.username(l.studentNumber())).filter(u -> !u.isEmpty())
                .collect(Collectors.toSet())).forEach((username, roles) -> {
                    if (!roles.equals(java.util.EnumSet.of(Role.STUDENT))) {
                        otherAccounts.put(username.toLowerCase(Locale.ROOT), roles.stream().map(Role::name)
                                .sorted().collect(Collectors.joining(", ")));
                    }
                });
        otherAccounts.put(SystemIdentity.NAME, "SYSTEM");
        var result = new RosterCheck(cohort.getGroups(), roster, otherAccounts).check(lines);
        return new RosterPreview(cohort.getId(), fileName, null, result.rows(), result.notInFile(), ignoredColumns);
    }
}
