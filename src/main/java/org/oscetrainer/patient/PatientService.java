package org.oscetrainer.patient;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.CheckGate;
import org.oscetrainer.patient.internal.GuardedReply;
import org.oscetrainer.patient.internal.GuardrailTally;
import org.oscetrainer.patient.internal.Guardrails;
import org.oscetrainer.patient.internal.LlmJudge;
import org.oscetrainer.patient.internal.PatientMetrics;
import org.oscetrainer.patient.internal.ScriptedPatient;
import org.oscetrainer.patient.internal.StationGuard;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The patient the encounters talk to: the configured engine behind guardrails. An LLM reply reaches
 * the student only as far as the guardrails have checked it; a reply that breaks one is retracted
 * and asked for once more, then replaced by the scripted engine's. In degraded mode the scripted
 * engine answers when the LLM fails, so the station goes on. Scripted replies are checked too.
 */
@Service
public class PatientService {

    private final StandardizedPatient primary;
    private final ScriptedPatient scripted;
    private final PatientProperties properties;
    private final Function<Scenario, HiddenDiagnosis> hiddenDiagnosis;
    private final GuardrailTally tally = new GuardrailTally();
    private final OutageLog outages;
    private final LlmJudge judge;
    private PatientMetrics metrics = PatientMetrics.NONE;

    @Autowired
    PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties,
            CatalogService catalog, OutageLog outages, ObjectProvider<LlmJudge> judge) {
        this(primary, scripted, properties,
                s -> s.versionId() > 0 ? SystemIdentity.call(() -> catalog.hiddenDiagnosis(s.versionId()))
                        : HiddenDiagnosis.NONE, outages, judge.getIfAvailable());
    }

    /** For tests: the hidden diagnoses come from {@code hiddenDiagnosis}. */
    PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties,
            Function<Scenario, HiddenDiagnosis> hiddenDiagnosis) {
        this(primary, scripted, properties, hiddenDiagnosis, OutageLog.NONE, null);
    }

    /** For tests: with the guard's judge ({@code osce.guard.judge=llm}). */
    PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties,
            Function<Scenario, HiddenDiagnosis> hiddenDiagnosis, LlmJudge judge) {
        this(primary, scripted, properties, hiddenDiagnosis, OutageLog.NONE, judge);
    }

    private PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties,
            Function<Scenario, HiddenDiagnosis> hiddenDiagnosis, OutageLog outages, LlmJudge judge) {
        this.primary = primary;
        this.scripted = scripted;
        this.properties = properties;
        this.hiddenDiagnosis = hiddenDiagnosis;
        this.outages = outages;
        this.judge = judge;
    }

    /** For tests of engines without a hidden diagnosis. */
    PatientService(StandardizedPatient primary, ScriptedPatient scripted, PatientProperties properties) {
        this(primary, scripted, properties, s -> HiddenDiagnosis.NONE);
    }

    /**
     * The scripted patient's answer at once, with no streaming: for seeded simulations of a cohort
     * (demo data), never for a student's encounter.
     */
    public String scriptedAnswer(Scenario scenario, List<Exchange> history, String question) {
        return scripted.answer(scenario, history, question);
    }

    /** Counts replies, first tokens and fallbacks into the app's metrics (docs/operations.md). */
    @Autowired
    void metrics(PatientMetrics metrics) {
        this.metrics = metrics;
        metrics.watch(tally);
    }

    /** The configured engine's name. */
    public String engine() {
        return primary.engine();
    }

    /** The opening line of the patient. */
    public String openingLine(Scenario scenario) {
        return scenario.patient().openingLine();
    }

    /** The LLM outages that overlap {@code from}–{@code to}: an examiner may add time to an encounter in one. */
    @PreAuthorize("hasRole('READ_REVIEWS')")
    public List<LlmOutage> outagesBetween(Instant from, Instant to) {
        return outages.between(from, to);
    }

    /** How the guardrails have judged replies since start-up. */
    public GuardrailCounts guardrailCounts() {
        return tally.counts();
    }

    /**
     * Answers {@code question}, asynchronously, through the guardrails. Call it on the asking
     * user's thread: the hidden diagnosis is read from the catalog before the reply starts. The question's own work
     * before the model is asked (is it the examiner's, its guard) takes a place among the guard's checks of the node,
     * ahead of them, the oldest question first ({@link CheckGate#questionFirst}); the hidden diagnosis is read before,
     * out of the place (the catalog may go to the database: nothing that may wait holds a place every check waits for),
     * and so is the station's guard (a version not made yet is made by its first question, the others wait for it).
     */
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream student) {
        long asked = System.nanoTime();
        ReplyStream stream = metrics.metered(primary.engine(), student);
        HiddenDiagnosis hidden = hiddenDiagnosis.apply(scenario);
        StationGuard station = StationGuard.of(scenario, hidden); // may wait for its making by another question
        // null: the examiner's voice answers; else the guard of this question (the judge reads generated replies only)
        Guardrails guardrails = CheckGate.questionFirst(asked, () -> scripted.examinerAnswer(scenario, history, question)
                .isPresent() ? null : Guardrails.forQuestion(station, scenario, hidden, history, question,
                        primary.generated() ? judge : null));
        if (guardrails == null) {
            // the examiner's voice, from the script, in both engines: the findings never enter the LLM's prompt
            scripted.reply(scenario, history, question, new ReplyStream() {
                @Override
                public void token(String token) {
                    stream.token(token);
                }

                @Override
                public void completed(PatientReply reply) {
                    stream.completed(reply.withGuardrail(GuardrailVerdict.PASSED));
                }

                @Override
                public void failed(PatientUnavailableException error) {
                    stream.failed(error);
                }
            });
            return;
        }
        if (primary.generated()) {
            new GuardedReply(primary, scripted, tally, guardrails, outages, properties.fallbackToScripted(), scenario,
                    history, question, stream, asked).start();
        } else {
            // authored text (the scripted engine, or the script's words chosen by the model): the rule checks only
            GuardedReply.answerFromScript(primary, tally, guardrails, scenario, history, question, stream,
                    GuardrailVerdict.PASSED);
        }
    }
}
