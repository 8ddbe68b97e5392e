package org.oscetrainer.accommodation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.oscetrainer.accommodation.internal.TimeAccommodationRepository;
import org.oscetrainer.accommodation.internal.TimeAccommodationRow;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.RosterStudent;
import org.oscetrainer.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' extra time: those who manage a cohort's roster record, change and remove it (audited);
 * the encounter module asks how much a student's station gets; a student learns only their own.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGE_COHORTS', 'SYSTEM')")
public class AccommodationService {

    static final int DECIDED_BY_MAX = 100;

    private final TimeAccommodationRepository accommodations;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccommodationService(TimeAccommodationRepository accommodations, CohortService cohorts,
            ApplicationEventPublisher events, Clock clock) {
        this.accommodations = accommodations;
        this.cohorts = cohorts;
        this.events = events;
        this.clock = clock;
    }

    /** The extra time recorded for the students of a cohort. */
    @Transactional(readOnly = true)
    public List<TimeAccommodation> ofCohort(long cohortId) {
        return accommodations.findByCohortId(cohortId).stream().map(TimeAccommodationRow::toAccommodation).toList();
    }

    /** Records (or changes) a roster student's extra time in the cohort. Audited. */
    @PreAuthorize("hasRole('MANAGE_COHORTS')")
    @Transactional
    public TimeAccommodation record(long cohortId, String username, AccommodationDecision decision) {
        RosterStudent student = onRoster(cohortId, username);
        AccommodationDecision tidy = tidy(decision);
        var row = accommodations.findByCohortIdAndUsername(cohortId, student.username());
        String before = row.map(r -> describe(r.toAccommodation())).orElse(null);
        TimeAccommodationRow saved = row.orElseGet(() -> new TimeAccommodationRow(cohortId, student.username()));
        saved.record(tidy, CurrentUser.username(), clock.instant());
        TimeAccommodation recorded = accommodations.save(saved).toAccommodation();
        events.publishEvent(AuditEvent.of(AuditAction.TIME_ACCOMMODATION_SET, "student", student.username(), before,
                "cohort " + cohortId + ": " + describe(recorded)));
        return recorded;
    }

    /** Removes a student's extra time in the cohort, if any. Audited. */
    @PreAuthorize("hasRole('MANAGE_COHORTS')")
    @Transactional
    public void remove(long cohortId, String username) {
        String who = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        accommodations.findByCohortIdAndUsername(cohortId, who).ifPresent(row -> {
            accommodations.delete(row);
            events.publishEvent(AuditEvent.of(AuditAction.TIME_ACCOMMODATION_REMOVED, "student", who,
                    describe(row.toAccommodation()), "cohort " + cohortId + ": no extra time"));
        });
    }

    /**
     * The time the signed-in student gets on top of a station's {@code standard} limit: their extra
     * time in the session's cohort, or in free practice ({@code cohortId} null) the most generous of
     * their cohorts'. Zero without one.
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    @Transactional(readOnly = true)
    public Duration myExtraTime(Long cohortId, Duration standard) {
        String me = CurrentUser.username().toLowerCase(Locale.ROOT);
        return accommodations.findByUsername(me).stream().filter(r -> cohortId == null || r.toAccommodation().cohortId() == cohortId)
                .map(r -> r.toAccommodation().extraTime().addedTo(standard))
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** The most any student of the cohort gets on top of {@code standard}: how long after a window's end one may still sit. */
    @PreAuthorize("hasAnyRole('RUN_EXAM_SESSIONS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Duration longestExtraTime(long cohortId, Duration standard) {
        return accommodations.findByCohortId(cohortId).stream().map(r -> r.toAccommodation().extraTime().addedTo(standard))
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    private RosterStudent onRoster(long cohortId, String username) {
        String who = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return cohorts.roster(cohortId).stream().filter(s -> s.username().equals(who)).findFirst()
                .orElseThrow(() -> new InvalidAccommodationException("accommodation.error.not-on-roster",
                        username + " is not on the roster of cohort " + cohortId));
    }

    private AccommodationDecision tidy(AccommodationDecision decision) {
        if (decision == null || decision.extraTime() == null) {
            throw new InvalidAccommodationException("accommodation.error.unit", "Say how much extra time");
        }
        String by = decision.decidedBy() == null ? "" : decision.decidedBy().strip().replaceAll("\\s+", " ");
        if (by.isEmpty() || by.length() > DECIDED_BY_MAX) {
            throw new InvalidAccommodationException("accommodation.error.decided-by",
                    "Who decided it: 1 to " + DECIDED_BY_MAX + " characters", DECIDED_BY_MAX);
        }
        // a day's slack: the decision's date is the decider's, whose time zone may be ahead of the server's
        if (decision.decidedOn() == null || decision.decidedOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidAccommodationException("accommodation.error.decided-on", "The date of the decision, not a future one");
        }
        return new AccommodationDecision(decision.extraTime(), by, decision.decidedOn());
    }

    private static String describe(TimeAccommodation a) {
        return a.extraTime() + ", decided by " + a.decidedBy() + " on " + a.decidedOn();
    }
}
