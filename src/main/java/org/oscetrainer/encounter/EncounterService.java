package org.oscetrainer.encounter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.cohort.Admission;
import org.oscetrainer.cohort.AdmissionRefusedException;
import org.oscetrainer.cohort.ExamMode;
import org.oscetrainer.cohort.ExamSessionService;
import org.oscetrainer.cohort.ExamSessionStatus;
import org.oscetrainer.encounter.internal.Encounter;
import org.oscetrainer.encounter.internal.EncounterRepository;
import org.oscetrainer.catalog.NoteQuestion;
import org.oscetrainer.encounter.internal.EncounterStore;
import org.oscetrainer.encounter.internal.NoteAnswerRepository;
import org.oscetrainer.encounter.internal.NoteAnswerRow;
import org.oscetrainer.encounter.internal.QuestionRateLimit;
import org.oscetrainer.encounter.internal.ReplyClaim;
import org.oscetrainer.encounter.internal.Turn;
import org.oscetrainer.encounter.internal.TurnRepository;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientService;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs encounters: a student starts a station, asks questions that the patient answers (streamed),
 * and ends it, or the server ends it at the deadline. Students reach only their own encounters.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EncounterService {

    /** Longest question a student can send in one turn. */
    public static final int MAX_QUESTION_LENGTH = 1000;

    public static final String END_BY_STUDENT = "STUDENT";
    public static final String END_AT_DEADLINE = "DEADLINE";

    /** The scripted engine's name, recorded on the patient's turns of simulated encounters. */
    private static final String SCRIPTED = "scripted";

    /**
     * The engine recorded on a simulated encounter (the demo's seeded cohort): its student, its patient
     * and its examiner are all simulated, so pages that show its figures say so.
     */
    public static final String SIMULATED = "simulated";

    private final EncounterRepository encounters;
    private final TurnRepository turns;
    private final EncounterStore store;
    private final CatalogService catalog;
    private final PatientService patient;
    private final Clock clock;
    private final QuestionRateLimit rateLimit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final NoteAnswerRepository notes;
    private final ExamSessionService sessions;
    private final ReplyClaim awaitingReply;

    EncounterService(EncounterRepository encounters, TurnRepository turns, EncounterStore store, CatalogService catalog,
            PatientService patient, Clock clock, QuestionRateLimit rateLimit, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, NoteAnswerRepository notes, ExamSessionService sessions,
            ReplyClaim awaitingReply) {
        this.awaitingReply = awaitingReply;
        this.sessions = sessions;
        this.encounters = encounters;
        this.turns = turns;
        this.store = store;
        this.catalog = catalog;
        this.patient = patient;
        this.clock = clock;
        this.rateLimit = rateLimit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.notes = notes;
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
        Encounter encounter = new Encounter(student, scenario.stationId(), stationVersionId, scenario.title(), now,
                now.plus(Duration.ofMinutes(scenario.durationMinutes())), patient.engine());
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
        Encounter encounter = new Encounter(student, scenario.stationId(), stationVersionId, scenario.title(), now,
                admission.deadline(now), patient.engine()).inSession(sessionId, exam);
        try {
            return summary(store.open(encounter, patient.openingLine(scenario), patient.engine()));
        } catch (DataIntegrityViolationException raced) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.ALREADY_SAT);
        }
    }

    /**
     * Records a simulated student's encounter in a session at once (demo data for a seeded cohort):
     * the questions and the scripted patient's answers, then ends it, so that scoring follows as for
     * any encounter. Only the system may call it; students never reach it.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public long simulate(long sessionId, String student, long stationVersionId, List<String> questions,
            java.util.Map<String, String> note) {
        Scenario scenario = catalog.scenario(stationVersionId);
        var now = clock.instant();
        Encounter encounter = store.open(new Encounter(student, scenario.stationId(), stationVersionId, scenario.title(),
                now, now.plus(Duration.ofMinutes(scenario.durationMinutes())), SIMULATED)
                .inSession(sessionId, false), patient.openingLine(scenario), SCRIPTED);
        List<Exchange> history = new java.util.ArrayList<>();
        int seq = 1;
        for (String question : questions) {
            store.appendStudentTurn(encounter.getId(), ++seq, question);
            String answer = patient.scriptedAnswer(scenario, history, question);
            store.appendPatientTurn(encounter.getId(), ++seq,
                    new PatientReply(answer, SCRIPTED, null, null, 0, null, null));
            history.add(new Exchange(Exchange.Speaker.STUDENT, question));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
        }
        store.end(encounter.getId(), END_BY_STUDENT);
        if (!note.isEmpty()) {
            List<NoteQuestion> asked = catalog.noteQuestions(stationVersionId);
            // one transaction: the note's scoring listens for its commit
            transactions.executeWithoutResult(tx -> {
                for (NoteQuestion q : asked) {
                    notes.save(new NoteAnswerRow(encounter.getId(), q.id(), q.question(), note.getOrDefault(q.id(), ""), now));
                }
                events.publishEvent(new NoteSubmitted(encounter.getId(), stationVersionId, student));
            });
        }
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

    public List<TranscriptTurn> transcript(long encounterId) {
        owned(encounterId);
        return turns.findByEncounterIdOrderBySeq(encounterId).stream().map(EncounterService::turn).toList();
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

    /**
     * Commits the student's question to the transcript and returns it; the patient's reply then
     * streams to {@code listener} and is committed before {@link TurnListener#replied} is called.
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    public TranscriptTurn ask(long encounterId, String question, TurnListener listener) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new InvalidEncounterRequestException("error.question.empty", "The question is empty");
        }
        if (text.length() > MAX_QUESTION_LENGTH) {
            throw new InvalidEncounterRequestException("error.question.too-long",
                    "A question can have at most " + MAX_QUESTION_LENGTH + " characters", MAX_QUESTION_LENGTH);
        }
        // one transaction (one connection, one commit) for everything before the patient is called
        // the encounter's reply is claimed in the same transaction: a refused question claims nothing
        Question asked = transactions.execute(status -> prepare(encounterId, text));
        if (asked.overdue()) {
            store.end(encounterId, END_AT_DEADLINE);
            throw new EncounterClosedException(encounterId);
        }
        try {
            patient.reply(asked.scenario(), asked.history(), text,
                    new Relay(encounterId, asked.turn().getSeq() + 1, listener));
            return turn(asked.turn());
        } catch (RuntimeException e) {
            awaitingReply.release(encounterId);
            throw e;
        }
    }

    /** Checks the question may be asked, and commits it with what the patient needs to answer it. */
    private Question prepare(long encounterId, String text) {
        Encounter encounter = owned(encounterId);
        if (encounter.isEnded()) {
            throw new EncounterClosedException(encounterId);
        }
        if (overdue(encounter)) {
            return Question.OVERDUE;
        }
        if (awaitingReply.awaited(encounterId)) {
            throw new PatientStillAnsweringException();
        }
        if (!rateLimit.tryAsk(encounter.getStudentUsername())) {
            throw new TooManyQuestionsException(rateLimit.perMinute());
        }
        if (!awaitingReply.claim(encounterId)) {
            throw new PatientStillAnsweringException();
        }
        List<Turn> earlier = turns.findByEncounterIdOrderBySeq(encounterId);
        List<Exchange> history = earlier.stream()
                .map(t -> new Exchange(Exchange.Speaker.valueOf(t.getSpeaker()), t.getText())).toList();
        Scenario scenario = catalog.scenario(encounter.getStationVersionId());
        int seq = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).getSeq() + 1;
        Turn asked = store.appendStudentTurn(encounterId, seq, text);
        return new Question(false, asked, history, scenario);
    }

    /** A question committed to the transcript, or an encounter found past its deadline. */
    private record Question(boolean overdue, Turn turn, List<Exchange> history, Scenario scenario) {
        static final Question OVERDUE = new Question(true, null, null, null);
    }

    /** Longest answer to one question of the post-encounter note. */
    public static final int MAX_NOTE_ANSWER = 4000;

    /** The questions of the encounter's post-encounter note (none when the rubric has no note). */
    public List<NoteQuestion> noteQuestions(long encounterId) {
        return catalog.noteQuestions(owned(encounterId).getStationVersionId());
    }

    /** The submitted note, question by question; empty until the student submits it. */
    public List<NoteAnswer> note(long encounterId) {
        owned(encounterId);
        return notes.findByEncounterIdOrderById(encounterId).stream().map(NoteAnswerRow::toAnswer).toList();
    }

    /**
     * The student submits the post-encounter note, once, after the encounter has ended; answers are
     * keyed by question id (a question left blank is kept as an empty answer). Scoring follows.
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    @Transactional
    public List<NoteAnswer> submitNote(long encounterId, java.util.Map<String, String> answers) {
        Encounter encounter = owned(encounterId);
        if (!encounter.isEnded()) {
            throw new InvalidEncounterRequestException("error.note.not-ended", "The note is written after the encounter has ended");
        }
        if (!noteOpen(encounter)) {
            throw new InvalidEncounterRequestException("error.note.closed",
                    "The exam session has closed: its notes can no longer be written");
        }
        if (notes.existsByEncounterId(encounterId)) {
            throw new InvalidEncounterRequestException("error.note.submitted", "The note has already been submitted");
        }
        List<NoteQuestion> questions = catalog.noteQuestions(encounter.getStationVersionId());
        if (questions.isEmpty()) {
            throw new InvalidEncounterRequestException("error.note.none", "This station has no post-encounter note");
        }
        boolean anything = false;
        var now = clock.instant();
        for (NoteQuestion q : questions) {
            String answer = answers.getOrDefault(q.id(), "");
            answer = answer == null ? "" : answer.strip();
            if (answer.length() > MAX_NOTE_ANSWER) {
                throw new InvalidEncounterRequestException("error.note.too-long",
                        "An answer can have at most " + MAX_NOTE_ANSWER + " characters", MAX_NOTE_ANSWER);
            }
            anything |= !answer.isEmpty();
            notes.save(new NoteAnswerRow(encounterId, q.id(), q.question(), answer, now));
        }
        if (!anything) {
            throw new InvalidEncounterRequestException("note.empty", "The note is empty");
        }
        events.publishEvent(new NoteSubmitted(encounterId, encounter.getStationVersionId(), encounter.getStudentUsername()));
        return note(encounterId);
    }

    /** Longest description of an incident report. */
    public static final int MAX_INCIDENT_TEXT = 2000;

    /**
     * Reports a problem with the AI in an encounter: a patient turn ({@code turnSeq}) or, with
     * {@code null}, the score. The student who played it and staff may report.
     */
    @Transactional
    public void reportIncident(long encounterId, Integer turnSeq, IncidentKind kind, String description) {
        Encounter encounter = owned(encounterId);
        if (kind == null) {
            throw new InvalidEncounterRequestException("error.incident.kind", "Choose what went wrong");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_INCIDENT_TEXT) {
            throw new InvalidEncounterRequestException("error.incident.too-long",
                    "A report can have at most " + MAX_INCIDENT_TEXT + " characters", MAX_INCIDENT_TEXT);
        }
        Turn turn = null;
        String question = null;
        if (turnSeq != null) {
            List<Turn> all = turns.findByEncounterIdOrderBySeq(encounterId);
            turn = all.stream().filter(t -> t.getSeq() == turnSeq)
                    .findFirst().orElseThrow(() -> new InvalidEncounterRequestException("error.turn.unknown",
                            "No turn #" + turnSeq + " in this encounter", turnSeq));
            // the question the reported reply answered: the student's turn just before it
            question = all.stream().filter(t -> t.getSeq() == turnSeq - 1 && "STUDENT".equals(t.getSpeaker()))
                    .map(Turn::getText).findFirst().orElse(null);
        }
        // the reporter's first role, in the order of Role (a student who also examines reports as a student)
        String role = CurrentUser.roles().stream().findFirst().map(Enum::name).orElse(SystemIdentity.ROLE);
        events.publishEvent(new AiIncidentReported(encounterId, encounter.getStudentUsername(), encounter.getStationId(),
                turnSeq, turn == null ? null : turn.getEngine(), turn == null ? null : turn.getText(), kind, text,
                CurrentUser.username(), role, clock.instant(), question));
    }

    /**
     * Whether the post-encounter note may still be written: always after free practice, and in an
     * exam session until the session closes.
     */
    public boolean noteOpen(long encounterId) {
        return noteOpen(owned(encounterId));
    }

    private boolean noteOpen(Encounter encounter) {
        return encounter.getExamSessionId() == null
                || sessions.session(encounter.getExamSessionId()).status() != ExamSessionStatus.CLOSED;
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

    private boolean overdue(Encounter encounter) {
        return !clock.instant().isBefore(encounter.getDeadlineAt());
    }

    private Encounter owned(long encounterId) {
        Encounter encounter = encounters.findById(encounterId)
                .orElseThrow(() -> new EncounterUnavailableException(encounterId));
        try {
            CurrentUser.requireOwnerOrStaff(encounter.getStudentUsername());
        } catch (AccessDeniedException notTheirs) {
            // told exactly as a missing one: nobody learns which encounter ids exist
            throw new EncounterUnavailableException(encounterId);
        }
        return encounter;
    }

    private static EncounterSummary summary(Encounter e) {
        return new EncounterSummary(e.getId(), e.getStudentUsername(), e.getStationId(), e.getStationVersionId(),
                e.getStationTitle(), e.getStartedAt(), e.getDeadlineAt(), e.getEndedAt(), e.getEndReason(), e.getEngine(),
                e.getExamSessionId());
    }

    private static TranscriptTurn turn(Turn t) {
        return new TranscriptTurn(t.getId(), t.getSeq(), TranscriptTurn.Speaker.valueOf(t.getSpeaker()), t.getText(),
                t.getEngine(), t.getCreatedAt(), t.getGuardrailVerdict(), t.getGuardrailDetail());
    }

    /** Passes the patient's stream to the listener, committing the reply before announcing it. */
    private final class Relay implements ReplyStream {

        private final long encounterId;
        private final int seq;
        private final TurnListener listener;

        Relay(long encounterId, int seq, TurnListener listener) {
            this.encounterId = encounterId;
            this.seq = seq;
            this.listener = listener;
        }

        @Override
        public void token(String token) {
            listener.token(token);
        }

        @Override
        public void degraded(String reason) {
            listener.degraded(reason);
        }

        @Override
        public void retract() {
            listener.retracted();
        }

        @Override
        public void completed(PatientReply reply) {
            try {
                Turn saved = store.appendPatientTurn(encounterId, seq, reply);
                awaitingReply.release(encounterId);
                listener.replied(turn(saved));
            } catch (RuntimeException e) {
                awaitingReply.release(encounterId);
                listener.failed("The reply could not be saved: " + e.getMessage());
            }
        }

        @Override
        public void failed(PatientUnavailableException error) {
            awaitingReply.release(encounterId);
            listener.failed(error.getMessage());
        }
    }
}
