package org.oscetrainer.encounter;

import java.util.List;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.encounter.internal.Encounter;
import org.oscetrainer.encounter.internal.EncounterStore;
import org.oscetrainer.encounter.internal.QuestionRateLimit;
import org.oscetrainer.encounter.internal.ReplyClaim;
import org.oscetrainer.encounter.internal.Turn;
import org.oscetrainer.encounter.internal.TurnRepository;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientService;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversation of an encounter: the student asks, the question is committed, the patient's reply
 * streams and is committed before it is announced; the transcript as it stands. Students reach only
 * their own encounters.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ConversationService {

    /** Longest question a student can send in one turn. */
    public static final int MAX_QUESTION_LENGTH = 1000;

    private final EncounterAccess access;
    private final TurnRepository turns;
    private final EncounterStore store;
    private final CatalogService catalog;
    private final PatientService patient;
    private final QuestionRateLimit rateLimit;
    private final TransactionTemplate transactions;
    private final ReplyClaim awaitingReply;

    ConversationService(EncounterAccess access, TurnRepository turns, EncounterStore store, CatalogService catalog,
            PatientService patient, QuestionRateLimit rateLimit, PlatformTransactionManager transactionManager,
            ReplyClaim awaitingReply) {
        this.access = access;
        this.turns = turns;
        this.store = store;
        this.catalog = catalog;
        this.patient = patient;
        this.rateLimit = rateLimit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.awaitingReply = awaitingReply;
    }

    /** The encounter's turns, in order. */
    public List<TranscriptTurn> transcript(long encounterId) {
        access.owned(encounterId);
        return turns.findByEncounterIdOrderBySeq(encounterId).stream().map(EncounterAccess::turn).toList();
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
            store.end(encounterId, EncounterService.END_AT_DEADLINE);
            throw new EncounterClosedException(encounterId);
        }
        try {
            patient.reply(asked.scenario(), asked.history(), text,
                    new Relay(encounterId, asked.turn().getSeq() + 1, listener));
            return EncounterAccess.turn(asked.turn());
        } catch (RuntimeException e) {
            awaitingReply.release(encounterId);
            throw e;
        }
    }

    /** Checks the question may be asked, and commits it with what the patient needs to answer it. */
    private Question prepare(long encounterId, String text) {
        Encounter encounter = access.owned(encounterId);
        if (encounter.isEnded()) {
            throw new EncounterClosedException(encounterId);
        }
        if (access.overdue(encounter)) {
            return Question.OVERDUE;
        }
        // the claim first: it is refused while a reply is awaited; a question over the budget then rolls it back
        if (!awaitingReply.claim(encounterId)) {
            throw new PatientStillAnsweringException();
        }
        if (!rateLimit.tryAsk(encounter.getStudentUsername())) {
            throw new TooManyQuestionsException(rateLimit.perMinute());
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
                listener.replied(EncounterAccess.turn(saved));
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
