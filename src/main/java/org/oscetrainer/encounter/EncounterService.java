package org.oscetrainer.encounter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.oscetrainer.accommodation.AccommodationService;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.examsession.Admission;
import org.oscetrainer.examsession.AdmissionRefusedException;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.internal.Encounter;
import org.oscetrainer.encounter.internal.EncounterRepository;
import org.oscetrainer.encounter.internal.EncounterStore;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientService;
import org.oscetrainer.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The life of encounters: a student starts a station (free practice or in an exam session) or resumes
 * the attempt open, ends it, or the server ends it at the deadline; who played what. The conversation
 * is {@link ConversationService}'s, the note {@link PostEncounterNoteService}'s. Students reach only
 * their own encounters.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EncounterService {

    public static final String END_BY_STUDENT = "STUDENT";
    public static final String END_AT_DEADLINE = "DEADLINE";

    /**
     * The engine recorded on a simulated encounter (the demo's seeded cohort): its student, its patient
     * and its examiner are all simulated, so pages that show its figures say so.
     */
    public static final String SIMULATED = "simulated";

    private final EncounterAccess access;
    private final EncounterRepository encounters;
    private final EncounterStore store;
    private final CatalogService catalog;
    private final PatientService patient;
    private final Clock clock;
    private final ExamSessionService sessions;
    private final AccommodationService accommodations;

    EncounterService(EncounterAccess access, EncounterRepository encounters, EncounterStore store, CatalogService catalog,
            PatientService patient, Clock clock, ExamSessionService sessions, AccommodationService accommodations) {
        this.accommodations = accommodations;
        this.access = access;
        this.encounters = encounters;
        this.store = store;
        this.catalog = catalog;
        this.patient = patient;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Starts the station version for the signed-in student (free practice), or resumes the attempt
     * already open. Refused while the station is part of an open exam of the student's cohort.
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    public EncounterSummary start(long stationVersionId) {
        String student = CurrentUser.username();
        var open = encounters.findFirstByStudentUsernameAndStationVersionIdAndExamSessionIdIsNullAndEndedAtIsNull(student,
                stationVersionId);
        if (open.isPresent() && !overdue(open.get())) {
            return summary(open.get());
        }
        open.ifPresent(e -> store.end(e.getId(), END_AT_DEADLINE));
        catalog.requirePlayable(stationVersionId);
        Scenario scenario = catalog.scenario(stationVersionId);
        if (sessions.stationsUnderExam().contains(scenario.stationId())) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.UNDER_EXAM);
        }
        var now = clock.instant();
        Encounter encounter = withExtraTime(new Encounter(student, scenario.stationId(), stationVersionId, scenario.title(),
                now, now.plus(Duration.ofMinutes(scenario.durationMinutes())), patient.engine()), null);
        return summary(store.open(encounter, patient.openingLine(scenario), patient.engine()));
    }

    /**
     * Starts a station of an exam session for the signed-in student, or resumes their open attempt.
     * The session admits them (cohort, window, circuit); the deadline never passes the session's
     * close; in exam mode a second attempt is refused, even when two starts race.
     *
     * @throws AdmissionRefusedException with the reason the student cannot start it now
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    public EncounterSummary startInSession(long sessionId, long stationVersionId) {
        String student = CurrentUser.username();
        Admission admission = sessions.admit(sessionId, stationVersionId);
        List<Encounter> attempts = encounters.findByStudentUsernameAndExamSessionIdAndStationIdOrderByStartedAtDesc(
                student, sessionId, admission.stationId());
        for (Encounter attempt : attempts) {
            if (attempt.getEndedAt() == null) {
                if (!overdue(attempt)) {
                    return summary(attempt);
                }
                store.end(attempt.getId(), END_AT_DEADLINE);
            }
        }
        boolean exam = admission.mode() == ExamMode.EXAM;
        if (exam && !attempts.isEmpty()) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.ALREADY_SAT);
        }
        Scenario scenario = catalog.scenario(stationVersionId);
        var now = clock.instant();
        Encounter encounter = withExtraTime(new Encounter(student, scenario.stationId(), stationVersionId, scenario.title(),
                now, admission.deadline(now), patient.engine()), admission.cohortId()).inSession(sessionId, exam);
        try {
            return summary(store.open(encounter, patient.openingLine(scenario), patient.engine()));
        } catch (DataIntegrityViolationException raced) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.ALREADY_SAT);
        }
    }

    /**
     * Records an encounter played elsewhere, already answered (a simulated student's, for the demo's
     * seeded cohort), and ends it, so that scoring follows as for any encounter. The encounter's engine
     * is {@code engine} (what pages show), each reply's is {@code replyEngine}. Only the system may call it.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public long record(long sessionId, String student, long stationVersionId, String engine, String replyEngine,
            List<AnsweredQuestion> conversation) {
        Scenario scenario = catalog.scenario(stationVersionId);
        var now = clock.instant();
        Encounter encounter = store.open(new Encounter(student, scenario.stationId(), stationVersionId, scenario.title(),
                now, now.plus(Duration.ofMinutes(scenario.durationMinutes())), engine)
                .inSession(sessionId, false), patient.openingLine(scenario), replyEngine);
        int seq = 1;
        for (AnsweredQuestion exchange : conversation) {
            store.appendStudentTurn(encounter.getId(), ++seq, exchange.question());
            store.appendPatientTurn(encounter.getId(), ++seq,
                    new PatientReply(exchange.answer(), replyEngine, null, null, 0, null, null));
        }
        store.end(encounter.getId(), END_BY_STUDENT);
        return encounter.getId();
    }

    /** The encounters played in an exam session, oldest first, for staff and analytics. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'SYSTEM')")
    public List<EncounterSummary> sessionEncounters(long sessionId) {
        return encounters.findByExamSessionIdOrderByStartedAt(sessionId).stream().map(EncounterService::summary).toList();
    }

    public EncounterSummary encounter(long encounterId) {
        return summary(owned(encounterId));
    }

    /** The patient's language, age and sex, for a spoken voice that fits them. */
    public PatientVoice voice(long encounterId) {
        Scenario scenario = catalog.scenario(owned(encounterId).getStationVersionId());
        return new PatientVoice(scenario.language(), scenario.patient().age(), scenario.patient().sex());
    }

    /** The door note of the encounter's station version. */
    public String doorNote(long encounterId) {
        return catalog.station(owned(encounterId).getStationVersionId()).doorNote();
    }

    /** The student ends the encounter; scoring follows. */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    public EncounterSummary end(long encounterId) {
        Encounter encounter = owned(encounterId);
        store.end(encounterId, overdue(encounter) ? END_AT_DEADLINE : END_BY_STUDENT);
        return summary(encounters.findById(encounterId).orElseThrow());
    }

    /** The signed-in student's encounters, newest first. */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    public List<EncounterSummary> myEncounters() {
        return encounters.findByStudentUsernameOrderByStartedAtDesc(CurrentUser.username()).stream()
                .map(EncounterService::summary).toList();
    }

    /** One student's encounters, oldest first, for faculty (the student's profile). */
    @PreAuthorize("hasAnyRole('READ_ANALYTICS', 'SYSTEM')")
    public List<EncounterSummary> studentEncounters(String username) {
        return encounters.findByStudentUsernameOrderByStartedAtDesc(username).stream()
                .sorted(java.util.Comparator.comparing(Encounter::getStartedAt)).map(EncounterService::summary).toList();
    }

    /** Every ended encounter, newest first, for examiners and faculty. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'SYSTEM')")
    public List<EncounterSummary> endedEncounters() {
        return encounters.findByEndedAtIsNotNullOrderByEndedAtDesc().stream().map(EncounterService::summary).toList();
    }

    /** Ends every encounter past its deadline; returns how many. Run by the deadline job. */
    @PreAuthorize("hasRole('SYSTEM')")
    public int closeOverdue() {
        int closed = 0;
        for (long id : store.overdue()) {
            try {
                if (store.end(id, END_AT_DEADLINE)) {
                    closed++;
                }
            } catch (org.springframework.dao.OptimisticLockingFailureException endedMeanwhile) {
                // ended at the same moment by its student or by its session's closing: nothing to do
            }
        }
        return closed;
    }

    /**
     * The one place a student's extra time enters a time limit: it is added to the standard limit the
     * encounter was given (the station's time, or what is left of the session's window), in the
     * session's cohort or, in free practice ({@code cohortId} null), the most generous of the student's.
     * The deadline job, the timer, the API's time left and the end of the attempt all read the deadline.
     */
    private Encounter withExtraTime(Encounter encounter, Long cohortId) {
        Duration standard = Duration.between(encounter.getStartedAt(), encounter.getDeadlineAt());
        return encounter.withExtraTime(accommodations.myExtraTime(cohortId, standard));
    }

    private boolean overdue(Encounter encounter) {
        return access.overdue(encounter);
    }

    private Encounter owned(long encounterId) {
        return access.owned(encounterId);
    }

    private static EncounterSummary summary(Encounter e) {
        return EncounterAccess.summary(e);
    }
}
