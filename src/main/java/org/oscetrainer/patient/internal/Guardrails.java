package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;

/**
 * The checks a patient reply passes before a student sees it, for one question of one station:
 * no leak of the diagnosis or the prompt's canary, in character, in the station's language, no
 * invented number or finding.
 */
public final class Guardrails {

    private final LeakCheck leak;
    private final List<GuardrailCheck> checks = new ArrayList<>();

    Guardrails(Scenario scenario, HiddenDiagnosis hidden, List<String> conversation) {
        this.leak = new LeakCheck(LeakTerms.of(hidden, scenario), Canary.code(scenario));
        checks.add(leak);
        checks.add(new OutOfCharacterCheck());
        checks.add(new LanguageCheck(scenario.language()));
        checks.add(new InventedFactCheck(scenario, conversation));
    }

    /** The guardrails for answering {@code question} after {@code history}. */
    public static Guardrails forQuestion(Scenario scenario, HiddenDiagnosis hidden, List<Exchange> history,
            String question) {
        List<String> conversation = new ArrayList<>(history.stream().map(Exchange::text).toList());
        conversation.add(question);
        return new Guardrails(scenario, hidden, conversation);
    }

    /**
     * The first rule {@code reply} breaks. On a partial reply a hit only pauses the stream (a number
     * may still be growing); the whole reply decides.
     */
    public Optional<Violation> check(String reply) {
        for (GuardrailCheck check : checks) {
            Optional<Violation> v = check.check(reply);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /**
     * How many characters the guarded stream keeps unreleased at the end of the text so far: enough
     * for the longest banned term spelled out letter by letter with separators, or base64-encoded.
     */
    int holdBack() {
        return Math.max(24, 2 * leak.longestTerm() + 8);
    }

}
