package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.GuardrailVerdict;
import org.oscetrainer.patient.GuardrailVerdict.Outcome;
import org.oscetrainer.patient.LlmBusyException;
import org.oscetrainer.patient.OutageLog;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question answered by a generating engine (the LLM) under guardrails: the reply streams through a
 * {@link GuardedStream}; if it breaks a rule, what was shown is retracted and the LLM answers once
 * more with a reminder; if that breaks a rule too, the scripted engine answers (at once when the judge
 * could not judge: it would not judge the second reply either). When the LLM fails,
 * the scripted engine answers in degraded mode (unless {@code fallbackToScripted} is off). Scripted
 * replies are checked as well, and given anyway (flagged) if they break a rule.
 */
public final class GuardedReply {

    private static final Logger log = LoggerFactory.getLogger(GuardedReply.class);

    private final StandardizedPatient llm;
    private final ScriptedPatient scripted;
    private final GuardrailTally tally;
    private final Guardrails guardrails;
    private final OutageLog outages;
    private final boolean fallbackToScripted;
    private final Scenario scenario;
    private final List<Exchange> history;
    private final String question;
    private final ReplyStream student;
    /** When the question reached the patient ({@link System#nanoTime()}): its checks' place in the node's gate. */
    private final long askedNanos;
    private final List<String> rules = new ArrayList<>();

    public GuardedReply(StandardizedPatient llm, ScriptedPatient scripted, GuardrailTally tally, Guardrails guardrails,
            OutageLog outages, boolean fallbackToScripted, Scenario scenario, List<Exchange> history, String question,
            ReplyStream student, long askedNanos) {
        this.llm = llm;
        this.scripted = scripted;
        this.tally = tally;
        this.guardrails = guardrails;
        this.outages = outages;
        this.fallbackToScripted = fallbackToScripted;
        this.scenario = scenario;
        this.history = history;
        this.question = question;
        this.student = student;
        this.askedNanos = askedNanos;
    }

    public void start() {
        attempt(false);
    }

    private void attempt(boolean reminded) {
        GuardedStream guarded = new GuardedStream(guardrails, CheckGate.shared(), askedNanos, student,
                new GuardedStream.Outcome() {
            @Override
            public void passed(PatientReply reply) {
                llmAnswered();
                tally.llmChecked.incrementAndGet();
                if (reminded) {
                    tally.regenerated.incrementAndGet();
                }
                student.completed(reply.withGuardrail(reminded ? new GuardrailVerdict(Outcome.REGENERATED, rules)
                        : GuardrailVerdict.PASSED));
            }

            @Override
            public void broke(PatientReply reply, Violation violation, boolean shown) {
                llmAnswered();
                tally.llmChecked.incrementAndGet();
                tally.llmBroken.incrementAndGet();
                rules.add(violation.rule());
                log.warn("Station {}: LLM reply withheld by guardrail {} ({}){}", scenario.stationId(), violation.rule(),
                        reminded ? "second attempt" : "first attempt", shown ? ", retracted" : "");
                if (shown) {
                    student.retract();
                }
                if (!reminded && !JudgeCheck.UNAVAILABLE.equals(violation.rule())) {
                    attempt(true);
                } else {
                    tally.replacedByScripted.incrementAndGet();
                    answerFromScript(scripted, tally, guardrails, scenario, history, question, student,
                            new GuardrailVerdict(Outcome.REPLACED_BY_SCRIPTED, rules));
                }
            }

            @Override
            public void failed(PatientUnavailableException error, boolean shown) {
                if (!fallbackToScripted) {
                    student.failed(error);
                    return;
                }
                if (error instanceof LlmBusyException) {
                    log.info("LLM busy; the scripted engine answers this reply ({})", error.getMessage());
                } else {
                    log.warn("LLM patient unavailable ({}); answering from the scripted engine", error.getMessage());
                    recordOutage(error);
                }
                student.degraded(error.getMessage());
                answerFromScript(scripted, tally, guardrails, scenario, history, question, student, rules.isEmpty()
                        ? GuardrailVerdict.PASSED : new GuardrailVerdict(Outcome.REPLACED_BY_SCRIPTED, rules));
            }

            /**
             * Given up on this side (a check threw, or the student's stream refused a piece; logged by the stream): not
             * the model's failure, so no outage and no fallback; the student is told the patient could not answer.
             */
            @Override
            public void abandoned(PatientUnavailableException error, boolean shown) {
                student.failed(error);
            }
        });
        if (reminded) {
            llm.replyReminded(scenario, history, question, guarded);
        } else {
            llm.reply(scenario, history, question, guarded);
        }
    }

    /** The LLM answered (whatever the guardrails think of it): an outage in progress is over. */
    private void llmAnswered() {
        try {
            outages.llmAnswered();
        } catch (RuntimeException e) {
            log.error("The end of the LLM outage could not be recorded", e);
        }
    }

    private void recordOutage(PatientUnavailableException error) {
        try {
            outages.replyFailed(error.getMessage());
        } catch (RuntimeException e) {
            log.error("The LLM outage could not be recorded", e); // the student's reply matters more
        }
    }

    /**
     * The scripted engine's answer, checked: it carries {@code verdict}, or {@code FLAGGED} with the
     * rules it broke (authored text is given anyway; the station needs a look).
     */
    public static void answerFromScript(StandardizedPatient scripted, GuardrailTally tally, Guardrails guardrails,
            Scenario scenario, List<Exchange> history, String question, ReplyStream student, GuardrailVerdict verdict) {
        scripted.reply(scenario, history, question, new ReplyStream() {
            @Override
            public void token(String token) {
                student.token(token);
            }

            @Override
            public void completed(PatientReply reply) {
                tally.scriptedChecked.incrementAndGet();
                var violation = guardrails.check(reply.text());
                if (violation.isEmpty()) {
                    student.completed(reply.withGuardrail(verdict));
                    return;
                }
                tally.scriptedFlagged.incrementAndGet();
                log.warn("Station {}: scripted reply breaks guardrail {}", scenario.stationId(), violation.get().rule());
                List<String> all = new ArrayList<>(verdict.rules());
                all.add(violation.get().rule());
                student.completed(reply.withGuardrail(new GuardrailVerdict(Outcome.FLAGGED, all)));
            }

            @Override
            public void failed(PatientUnavailableException error) {
                student.failed(error);
            }
        });
    }
}
