package org.oscetrainer.cohort;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.cohort.InvalidCohortException.Reason;
import org.oscetrainer.cohort.internal.Cohort;
import org.oscetrainer.cohort.internal.CohortRepository;
import org.oscetrainer.cohort.internal.RosterEntry;
import org.oscetrainer.cohort.internal.RosterEntryRepository;
import org.oscetrainer.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts and their rosters, for faculty and admins (and background jobs); students may ask about themselves. */
@Service
@PreAuthorize("hasAnyRole('MANAGE_COHORTS', 'SYSTEM')")
public class CohortService {

    static final int NAME_MAX = 100;
    static final int MAX_GROUPS = 50;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CohortRepository cohorts;
    private final RosterEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CohortService(CohortRepository cohorts, RosterEntryRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** Every cohort, the newest academic year first, then by name. */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts() {
        Map<Long, Long> students = entries.countByCohort().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return cohorts.findAllByOrderByAcademicYearDescNameAsc().stream()
                .map(c -> summary(c, students.getOrDefault(c.getId(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public CohortSummary cohort(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new UnknownCohortException(cohortId));
        return summary(cohort, entries.countByCohortId(cohortId));
    }

    /**
     * Creates a cohort. Names and groups are trimmed; groups repeated (whatever their case) or blank
     * are dropped. Throws {@link InvalidCohortException} when the name is empty or taken in that
     * academic year, the year is not between 2000 and 2100, or there is no group.
     */
    @Transactional
    public CohortSummary create(String name, int academicYear, List<String> groups) {
        String tidyName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (tidyName.isEmpty()) {
            throw new InvalidCohortException(Reason.NAME_REQUIRED, "A cohort needs a name");
        }
        if (tidyName.length() > NAME_MAX) {
            throw new InvalidCohortException(Reason.NAME_TOO_LONG, "A cohort's name has at most " + NAME_MAX + " characters");
        }
        if (academicYear < FIRST_YEAR || academicYear > LAST_YEAR) {
            throw new InvalidCohortException(Reason.YEAR_OUT_OF_RANGE, "The academic year starts between "
                    + FIRST_YEAR + " and " + LAST_YEAR);
        }
        List<String> tidyGroups = tidyGroups(groups);
        if (cohorts.existsByNameAndAcademicYear(tidyName, academicYear)) {
            throw new InvalidCohortException(Reason.NAME_TAKEN, "There is already a cohort " + tidyName + " in " + academicYear);
        }
        Cohort cohort;
        try {
            cohort = cohorts.saveAndFlush(new Cohort(tidyName, academicYear, tidyGroups, clock.instant(), CurrentUser.username()));
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            throw new InvalidCohortException(Reason.NAME_TAKEN, "There is already a cohort " + tidyName + " in " + academicYear);
        }
        CohortSummary created = summary(cohort, 0);
        events.publishEvent(AuditEvent.of(AuditAction.COHORT_CREATED, "cohort", cohort.getId(), null,
                tidyName + " " + created.academicYearLabel() + ", groups " + String.join(", ", tidyGroups)));
        return created;
    }

    private static List<String> tidyGroups(List<String> groups) {
        List<String> tidy = new ArrayList<>();
        for (String group : groups == null ? List.<String>of() : groups) {
            String g = group == null ? "" : group.strip().replaceAll("\\s+", " ");
            if (g.length() > RosterField.GROUP.maxLength()) {
                throw new InvalidCohortException(Reason.GROUP_TOO_LONG, "A group's name has at most "
                        + RosterField.GROUP.maxLength() + " characters: " + g);
            }
            if (!g.isEmpty() && tidy.stream().noneMatch(t -> t.equalsIgnoreCase(g))) {
                tidy.add(g);
            }
        }
        if (tidy.isEmpty()) {
            throw new InvalidCohortException(Reason.GROUPS_REQUIRED, "A cohort needs at least one group");
        }
        if (tidy.size() > MAX_GROUPS) {
            throw new InvalidCohortException(Reason.TOO_MANY_GROUPS, "A cohort has at most " + MAX_GROUPS + " groups");
        }
        return tidy;
    }

    /** The cohort's students by last name, then first name, in French alphabetical order (É with E). */
    @Transactional(readOnly = true)
    public List<RosterStudent> roster(long cohortId) {
        if (!cohorts.existsById(cohortId)) {
            throw new UnknownCohortException(cohortId);
        }
        Collator byName = Collator.getInstance(Locale.FRENCH);
        return entries.findByCohortId(cohortId).stream().map(RosterEntry::toStudent)
                .sorted(Comparator.comparing(RosterStudent::lastName, byName).thenComparing(RosterStudent::firstName, byName))
                .toList();
    }

    /** Whether this user is on the cohort's roster. Students may only ask about themselves; staff about anyone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMember(long cohortId, String username) {
        CurrentUser.requireOwnerOrStaff(username);
        return username != null && entries.existsByCohortIdAndUsername(cohortId, username.strip().toLowerCase(Locale.ROOT));
    }

    /** The ids of the cohorts whose roster lists the signed-in user (a student), oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> myCohorts() {
        return entries.cohortIdsOf(CurrentUser.username().toLowerCase(Locale.ROOT));
    }

    private static CohortSummary summary(Cohort c, long students) {
        return new CohortSummary(c.getId(), c.getName(), c.getAcademicYear(), c.getGroups(), (int) students);
    }
}
