package org.oscetrainer.encounter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.NoteQuestion;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.examsession.ExamSessionStatus;
import org.oscetrainer.encounter.internal.Encounter;
import org.oscetrainer.encounter.internal.EncounterRepository;
import org.oscetrainer.encounter.internal.NoteAnswerRepository;
import org.oscetrainer.encounter.internal.NoteAnswerRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-encounter note: its questions, the student's answers (written once, after the encounter,
 * while its session is open), and the event that has it scored. Students reach only their own.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PostEncounterNoteService {

    /** Longest answer to one question of the post-encounter note. */
    public static final int MAX_NOTE_ANSWER = 4000;

    private final EncounterAccess access;
    private final EncounterRepository encounters;
    private final NoteAnswerRepository notes;
    private final CatalogService catalog;
    private final ExamSessionService sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostEncounterNoteService(EncounterAccess access, EncounterRepository encounters, NoteAnswerRepository notes,
            CatalogService catalog, ExamSessionService sessions, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.encounters = encounters;
        this.notes = notes;
        this.catalog = catalog;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** The questions of the encounter's post-encounter note (none when the rubric has no note). */
    public List<NoteQuestion> noteQuestions(long encounterId) {
        return catalog.noteQuestions(access.owned(encounterId).getStationVersionId());
    }

    /** The submitted note, question by question; empty until the student submits it. */
    public List<NoteAnswer> note(long encounterId) {
        access.owned(encounterId);
        return notes.findByEncounterIdOrderById(encounterId).stream().map(NoteAnswerRow::toAnswer).toList();
    }

    /**
     * The student submits the post-encounter note, once, after the encounter has ended; answers are
     * keyed by question id (a question left blank is kept as an empty answer). Scoring follows.
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    @Transactional
    public List<NoteAnswer> submitNote(long encounterId, Map<String, String> answers) {
        Encounter encounter = access.owned(encounterId);
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

    /**
     * Records a note written elsewhere (a simulated student's) as it is, in one transaction whose commit
     * has it scored. Only the system may call it.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void record(long encounterId, Map<String, String> answers) {
        Encounter encounter = encounters.findById(encounterId).orElseThrow(() -> new EncounterUnavailableException(encounterId));
        var now = clock.instant();
        for (NoteQuestion q : catalog.noteQuestions(encounter.getStationVersionId())) {
            notes.save(new NoteAnswerRow(encounterId, q.id(), q.question(), answers.getOrDefault(q.id(), ""), now));
        }
        events.publishEvent(new NoteSubmitted(encounterId, encounter.getStationVersionId(), encounter.getStudentUsername()));
    }

    /**
     * Whether the post-encounter note may still be written: always after free practice, and in an
     * exam session until the session closes.
     */
    public boolean noteOpen(long encounterId) {
        return noteOpen(access.owned(encounterId));
    }

    private boolean noteOpen(Encounter encounter) {
        return encounter.getExamSessionId() == null
                || sessions.session(encounter.getExamSessionId()).status() != ExamSessionStatus.CLOSED;
    }
}
