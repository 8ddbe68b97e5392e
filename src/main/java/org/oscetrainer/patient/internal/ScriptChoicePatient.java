package org.oscetrainer.patient.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hospital's model understands, the script speaks ({@code osce.patient.engine=llm-script}): the model reads the
 * question and chooses which scripted facts answer it ({@link FactChooser}); the patient says those facts' texts, word
 * for word, at the scripted pace, or the persona's "I don't know" when it chose none. Nothing is generated, so nothing
 * can leak or be invented: the replies are authored text, checked by the rule guards as the scripted engine's are.
 * When the model is busy, late, down, or answers anything but the station's fact ids, the scripted matcher answers that
 * turn (its reply is marked {@code scripted}). Calls share the LLM engine's bulkhead and circuit breaker.
 */
public class ScriptChoicePatient implements StandardizedPatient {

    public static final String ENGINE = "llm-script";
    /** The chooser's answer is one short JSON object. */
    static final int MAX_TOKENS = 120;

    private static final Logger log = LoggerFactory.getLogger(ScriptChoicePatient.class);

    private final FactChooser chooser;
    private final ScriptedPatient scripted;
    private final LlmResilience resilience;
    private final Executor calls;
    private final String model;

    /**
     * @param timeout how long the model may take to choose ({@code osce.patient.choice-timeout})
     * @param calls runs the blocking calls to the model (at most the bulkhead's places at once)
     */
    public ScriptChoicePatient(LlmClients clients, Duration timeout, ScriptedPatient scripted, LlmResilience resilience,
            Executor calls) {
        this(new FactChooser(clients.json(MAX_TOKENS, timeout)), scripted, resilience, calls, clients.modelName());
    }

    ScriptChoicePatient(FactChooser chooser, ScriptedPatient scripted, LlmResilience resilience, Executor calls,
            String model) {
        this.chooser = chooser;
        this.scripted = scripted;
        this.resilience = resilience;
        this.calls = calls;
        this.model = model;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        long start = System.nanoTime();
        resilience.admit(() -> calls.execute(() -> choose(scenario, history, question, stream, start)),
                busy -> fromMatcher(scenario, history, question, stream, busy.getMessage()));
    }

    /** Holds a place of the bulkhead until the model has chosen. */
    private void choose(Scenario scenario, List<Exchange> history, String question, ReplyStream stream, long start) {
        if (!resilience.tryCall()) {
            resilience.release();
            fromMatcher(scenario, history, question, stream, resilience.circuitOpen().getMessage());
            return;
        }
        long called = System.nanoTime();
        FactChooser.Choice choice;
        try {
            choice = chooser.choose(scenario, history, question);
            resilience.succeeded(System.nanoTime() - called);
        } catch (FactChooser.Unavailable e) {
            resilience.failed(System.nanoTime() - called, e);
            fromMatcher(scenario, history, question, stream, e.getMessage());
            return;
        } finally {
            resilience.release();
        }
        String text = choice.chosen().isEmpty() ? ScriptedPatient.unknownLine(scenario)
                : choice.chosen().stream().map(c -> said(scenario, c)).collect(Collectors.joining(" "));
        scripted.speak(new PatientReply(text, ENGINE, model, chooser.promptHash(), (System.nanoTime() - start) / 1_000_000,
                choice.inputTokens(), choice.outputTokens()), stream);
    }

    /** A fact in the patient's words; a finding, or the neutral one, in the examiner's voice. */
    private static String said(Scenario scenario, FactChooser.Chosen chosen) {
        if (!chosen.finding()) {
            return chosen.fact().text();
        }
        return chosen.fact() == null ? Examiner.neutral(scenario).text()
                : Examiner.finding(scenario, new FactMatcher.Match(chosen.fact(), 1)).text();
    }

    private void fromMatcher(Scenario scenario, List<Exchange> history, String question, ReplyStream stream, String why) {
        log.info("Station {}: the scripted matcher answers ({})", scenario.stationId(), why);
        scripted.reply(scenario, history, question, stream);
    }
}
