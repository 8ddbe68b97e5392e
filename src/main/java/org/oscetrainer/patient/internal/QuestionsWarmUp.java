package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.warmup.WarmUpStep;
import org.oscetrainer.warmup.WarmUpTurns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warm-up: the scripted patient's understanding of questions and the examiner's answers (the station's Lucene
 * index, the matchers) over the station's own phrasings, as a turn asks them (the examiner first, then the script's
 * answer), on the node's {@link ScriptedPatient} itself, so that its per-station indexes are built before the first
 * student. Encounters of {@value #QUESTIONS_PER_ENCOUNTER} questions, each with the history of the ones before.
 */
@Component
@Order(10)
class QuestionsWarmUp implements WarmUpStep {

    /** Questions per warm-up encounter: its history grows as a student's does, then starts again. */
    static final int QUESTIONS_PER_ENCOUNTER = 8;

    private final ScriptedPatient scripted;

    QuestionsWarmUp(ScriptedPatient scripted) {
        this.scripted = scripted;
    }

    @Override
    public String name() {
        return "the scripted patient's understanding and the examiner (questions)";
    }

    /** Makes the station's index and matchers: one question of the station's own, with no history. */
    @Override
    public void prepare(Scenario station) {
        for (WarmUpTurns.Turn turn : WarmUpTurns.of(station)) {
            scripted.answer(station, List.of(), turn.question());
            return;
        }
    }

    @Override
    public int warmUp(Scenario station) {
        List<Exchange> history = new ArrayList<>();
        int asked = 0;
        for (WarmUpTurns.Turn turn : WarmUpTurns.of(station)) {
            if (asked++ % QUESTIONS_PER_ENCOUNTER == 0) {
                history.clear();
            }
            String answer = scripted.examinerAnswer(station, history, turn.question())
                    .orElseGet(() -> scripted.answer(station, history, turn.question()));
            history.add(new Exchange(Exchange.Speaker.STUDENT, turn.question()));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
        }
        return asked;
    }
}
