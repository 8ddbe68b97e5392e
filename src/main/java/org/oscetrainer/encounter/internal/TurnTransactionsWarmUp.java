package org.oscetrainer.encounter.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.patient.GuardrailVerdict;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.security.SystemIdentity;
import org.oscetrainer.warmup.WarmUpStep;
import org.oscetrainer.warmup.WarmUpTurns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warm-up: the database paths of a turn (Hibernate, the MariaDB driver, the pool) over a station, in one transaction
 * that is rolled back, so that no row is left: an encounter of a warm-up student is opened, then each of
 * {@value #TURNS} questions goes as {@code ConversationService.ask} takes it (the encounter read, the reply claimed,
 * the student's minute budget counted, the transcript read, the station read, the question appended) and its reply
 * as the reply's end does (appended, the claim released). The rolled-back inserts still use up their auto-increment
 * ids (a few gaps in the encounter and turn ids at each start).
 */
@Component
@Order(40)
class TurnTransactionsWarmUp implements WarmUpStep {

    /** The warm-up's student (its rows never outlive the transaction). */
    static final String STUDENT = "warm up";
    /** Turns per station: as many as a student asks in the load benchmark. */
    static final int TURNS = 5;

    private final EncounterStore store;
    private final EncounterRepository encounters;
    private final TurnRepository turns;
    private final ReplyClaim claims;
    private final QuestionRateLimit rateLimit;
    private final CatalogService catalog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TurnTransactionsWarmUp(EncounterStore store, EncounterRepository encounters, TurnRepository turns, ReplyClaim claims,
            QuestionRateLimit rateLimit, CatalogService catalog, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.encounters = encounters;
        this.turns = turns;
        this.claims = claims;
        this.rateLimit = rateLimit;
        this.catalog = catalog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "a turn's database paths, rolled back (turns)";
    }

    @Override
    public int warmUp(Scenario station) {
        List<WarmUpTurns.Turn> played = WarmUpTurns.of(station).stream().limit(TURNS).toList();
        return SystemIdentity.call(() -> transactions.execute(status -> {
            try {
                return play(station, played);
            } finally {
                status.setRollbackOnly();
            }
        }));
    }

    private int play(Scenario station, List<WarmUpTurns.Turn> played) {
        var now = clock.instant();
        encounters.findFirstByStudentUsernameAndStationVersionIdAndExamSessionIdIsNullAndEndedAtIsNull(STUDENT,
                station.versionId());
        long id = store.open(new Encounter(STUDENT, station.stationId(), station.versionId(), station.title(), now,
                now.plus(Duration.ofMinutes(station.durationMinutes())), "warm-up"),
                station.patient().openingLine(), "warm-up").getId();
        for (WarmUpTurns.Turn turn : played) {
            encounters.findById(id).orElseThrow();
            claims.claim(id);
            rateLimit.tryAsk(STUDENT);
            List<Turn> earlier = turns.findByEncounterIdOrderBySeq(id);
            catalog.scenario(station.versionId());
            int seq = earlier.get(earlier.size() - 1).getSeq() + 1;
            store.appendStudentTurn(id, seq, turn.question());
            store.appendPatientTurn(id, seq + 1, new PatientReply(turn.reply(), "warm-up", null, null, 0, null, null)
                    .withGuardrail(GuardrailVerdict.PASSED));
            claims.release(id);
        }
        turns.findByEncounterIdOrderBySeq(id).forEach(t -> TranscriptTurn.Speaker.valueOf(t.getSpeaker()));
        return played.size();
    }
}
