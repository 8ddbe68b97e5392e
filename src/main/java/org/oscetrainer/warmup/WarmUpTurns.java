package org.oscetrainer.warmup;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.Scenario;

/**
 * A station's conversation as the warm-up plays it, written from the station's own texts: for each fact and each
 * finding, its first phrasings as the student's questions, each answered with the fact's text. What the steps of
 * the patient, the guard and the grader run over, so that every station's words, terms and matchers are exercised.
 */
public final class WarmUpTurns {

    /** Phrasings asked per fact: the first ones (a station has about ten per fact, ~250 in all). */
    static final int ASKS_PER_FACT = 2;

    /** A question and the reply it is given. */
    public record Turn(String question, String reply) {
    }

    private WarmUpTurns() {
    }

    /** The station's turns: the facts' first phrasings, then the findings'. */
    public static List<Turn> of(Scenario station) {
        List<Turn> turns = new ArrayList<>();
        for (List<Scenario.Fact> facts : List.of(station.facts(), station.findings())) {
            for (Scenario.Fact fact : facts) {
                fact.ask().stream().limit(ASKS_PER_FACT).forEach(ask -> turns.add(new Turn(ask, fact.text())));
            }
        }
        return turns;
    }
}
