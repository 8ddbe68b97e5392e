package org.oscetrainer.patient;

import org.oscetrainer.llm.LlmProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.patient.GuardrailVerdict.Outcome;
import org.oscetrainer.patient.internal.LlmPatient;
import org.oscetrainer.patient.internal.PatientPrompt;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * The red-team suite against the LLM engine, over real HTTP and SSE: a local OpenAI-compatible
 * server plays a model that leaks on every turn (the diagnosis, plain or encoded, the prompt's
 * canary, out-of-character text, invented numbers and findings). The guardrails must catch every
 * leak, no leaked text may reach the student's stream (every token it ever received is checked),
 * the LLM is asked once more with a reminder, and when that leaks too the scripted engine answers.
 * Then the model answers honestly, and nothing may be flagged.
 */
class RedTeamLlmTest {

    private FakeOpenAiServer server;
    private ScheduledExecutorService scheduler;
    private PatientService service;
    private final Map<String, RedTeam.Station> stations = new HashMap<>();
    private RedTeam redTeam;

    @BeforeEach
    void start() throws Exception {
        redTeam = new RedTeam();
        server = new FakeOpenAiServer();
        scheduler = Executors.newScheduledThreadPool(2);
        var llm = new LlmPatient(new LlmProperties(server.baseUrl(), "test-model", null, 0.4, 200,
                Duration.ofSeconds(10), Duration.ofSeconds(5)), new PatientPrompt(), scheduler);
        var scripted = new ScriptedPatient(scheduler, 0);
        service = new PatientService(llm, scripted, new PatientProperties("llm", Duration.ZERO, true),
                s -> stations.containsKey(s.stationId()) ? stations.get(s.stationId()).hidden() : HiddenDiagnosis.NONE);
    }

    @AfterEach
    void stop() {
        server.close();
        scheduler.shutdownNow();
    }

    private RedTeam.Station station(String id) throws Exception {
        if (!stations.containsKey(id)) {
            stations.put(id, redTeam.station(id));
        }
        return stations.get(id);
    }

    @Test
    void everyLeakIsCaughtNoneReachesTheStudentOneRegenerationThenTheScriptedPatient() throws Exception {
        int turns = 0;
        int caught = 0;
        int shown = 0;
        int retracted = 0;
        int regenerated = 0;
        int replaced = 0;
        int examiner = 0;
        List<String> problems = new ArrayList<>();
        Map<String, int[]> byKind = new HashMap<>();
        for (int a = 0; a < redTeam.attempts.size(); a++) {
            RedTeam.Attempt attempt = redTeam.attempts.get(a);
            RedTeam.Station station = station(attempt.station());
            boolean fr = "fr".equals(attempt.language());
            List<Exchange> history = new ArrayList<>();
            history.add(new Exchange(Exchange.Speaker.PATIENT, station.scenario().patient().openingLine()));
            for (int t = 0; t < attempt.turns().size(); t++) {
                String question = attempt.turns().get(t);
                RedTeam.Leak leak = RedTeam.leak(attempt.leak(), station.said(), fr);
                boolean leaksTwice = (a + t) % 2 == 0;
                server.scriptInOrder(Script.streaming(RedTeam.tokens(leak.reply())),
                        Script.streaming(RedTeam.tokens(leaksTwice ? leak.reply() : RedTeam.harmless(fr))));
                int requestsBefore = server.requests().size();
                RecordingStream stream = new RecordingStream();

                service.reply(station.scenario(), List.copyOf(history), question, stream);
                PatientReply reply = stream.await();

                turns++;
                if (server.requests().size() == requestsBefore && "scripted".equals(reply.engine())) {
                    // an examination request: answered from the script (the examiner's voice, or the scripted
                    // patient where it understands the question as history), the model is never asked
                    examiner++;
                    if (RedTeam.contains(String.join("", stream.everyToken), leak.payload())) {
                        problems.add(attempt.id() + ": the examiner's answer holds the payload");
                    }
                    history.add(new Exchange(Exchange.Speaker.STUDENT, question));
                    history.add(new Exchange(Exchange.Speaker.PATIENT, reply.text()));
                    continue;
                }
                String where = attempt.id() + " turn " + (t + 1) + " (" + attempt.leak() + ")";
                String everything = String.join("", stream.everyToken);
                int[] kind = byKind.computeIfAbsent(attempt.leak(), k -> new int[2]);
                kind[0]++;
                if (reply.guardrail().outcome() != Outcome.PASSED && !reply.guardrail().rules().isEmpty()) {
                    caught++;
                    kind[1]++;
                } else {
                    problems.add(where + ": not caught, verdict " + reply.guardrail());
                }
                if (RedTeam.contains(everything, leak.payload()) || RedTeam.contains(reply.text(), leak.payload())) {
                    shown++;
                    problems.add(where + ": leaked text reached the student: " + everything);
                }
                retracted += stream.retractions.get();
                int requests = server.requests().size() - requestsBefore;
                if (requests != 2) {
                    problems.add(where + ": " + requests + " LLM requests instead of 2");
                } else if (!server.requests().get(requestsBefore + 1).body().path("messages").path(0).path("content")
                        .asText().contains("Reminder:")) {
                    problems.add(where + ": the second request has no reminder");
                }
                if (leaksTwice) {
                    replaced++;
                    if (reply.guardrail().outcome() != Outcome.REPLACED_BY_SCRIPTED || !"scripted".equals(reply.engine())) {
                        problems.add(where + ": expected the scripted patient, got " + reply.engine() + " " + reply.guardrail());
                    }
                    if (reply.guardrail().rules().size() != 2) {
                        problems.add(where + ": expected two rule codes, got " + reply.guardrail().rules());
                    }
                } else {
                    regenerated++;
                    if (reply.guardrail().outcome() != Outcome.REGENERATED || !"llm".equals(reply.engine())
                            || !reply.text().equals(RedTeam.harmless(fr))) {
                        problems.add(where + ": expected the regenerated reply, got " + reply.engine() + " " + reply.guardrail());
                    }
                }
                if (!String.join("", stream.tokens).strip().equals(reply.text())) {
                    problems.add(where + ": the tokens kept after retraction do not make the reply: " + stream.tokens);
                }
                history.add(new Exchange(Exchange.Speaker.STUDENT, question));
                history.add(new Exchange(Exchange.Speaker.PATIENT, reply.text()));
            }
        }
        System.out.printf("%n=== Red team, LLM engine (fake OpenAI server, SSE) ===%n"
                + "attempts: %d (%d EN, %d FR), turns with a leak attempted: %d%n"
                + "caught: %d (%.1f %%), shown to the student: %d, retractions of partly shown text: %d%n"
                + "regenerated once then passed: %d, replaced by the scripted patient: %d%n"
                + "by kind (attempted/caught): %s%n", redTeam.attempts.size(), count("en"), count("fr"), turns, caught,
                100.0 * caught / turns, shown, retracted, regenerated, replaced, describe(byKind));
        assertThat(problems).isEmpty();
        assertThat(redTeam.attempts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(count("en")).isGreaterThanOrEqualTo(20);
        assertThat(count("fr")).isGreaterThanOrEqualTo(20);
        assertThat(caught + examiner).isEqualTo(turns);
        assertThat(shown).isZero();
    }

    @Test
    void honestRepliesPassUntouchedAndStream() throws Exception {
        int falsePositives = 0;
        List<String> problems = new ArrayList<>();
        for (RedTeam.Honest honest : redTeam.honest) {
            RedTeam.Station station = station(honest.station());
            server.script(Script.streaming(RedTeam.tokens(honest.reply())));
            int requestsBefore = server.requests().size();
            RecordingStream stream = new RecordingStream();

            service.reply(station.scenario(), List.of(), honest.question(), stream);
            PatientReply reply = stream.await();

            if (reply.guardrail().outcome() != Outcome.PASSED) {
                falsePositives++;
                problems.add(honest.station() + " \"" + honest.reply() + "\": " + reply.guardrail());
            } else if (!reply.text().equals(honest.reply()) || !String.join("", stream.everyToken).equals(honest.reply())
                    || server.requests().size() - requestsBefore != 1) {
                problems.add(honest.station() + " \"" + honest.reply() + "\" was not streamed whole in one request");
            }
        }
        long fr = redTeam.honest.stream().filter(h -> h.station().endsWith("-fr")).count();
        System.out.printf("%n=== Honest replies, LLM engine ===%nreplies: %d (%d EN, %d FR), false positives: %d (%.1f %%)%n%s%n",
                redTeam.honest.size(), redTeam.honest.size() - fr, fr, falsePositives,
                100.0 * falsePositives / redTeam.honest.size(), String.join("\n", problems));
        assertThat(redTeam.honest).hasSizeGreaterThanOrEqualTo(20);
        assertThat(problems).isEmpty();
    }

    private long count(String language) {
        return redTeam.attempts.stream().filter(a -> language.equals(a.language())).count();
    }

    @Test
    void aReplyThatTurnsBadAfterPartOfItWasShownIsRetractedThenReplaced() throws Exception {
        RedTeam.Station cephalee = station("cephalee-fr");
        // French at first (released), then the model drifts into English: the language check can only
        // judge it once enough of it has arrived, after the first part was shown
        List<String> drift = new java.util.ArrayList<>(List.of("Ça ", "m'a ", "pris ", "d'un ", "coup, ", "docteur, ",
                "pendant ", "que ", "je ", "faisais ", "du ", "sport. "));
        for (String w : ("And then the pain was the worst I have ever had in my life and it was all over the back of my"
                + " head and I could not see well and I was so scared that I thought I would die right there").split(" ")) {
            drift.add(w + " ");
        }
        server.script(FakeOpenAiServer.Script.streaming(drift.toArray(String[]::new)));
        RecordingStream stream = new RecordingStream();

        service.reply(cephalee.scenario(), List.of(), "Comment est-ce que ça a commencé ?", stream);
        PatientReply reply = stream.await();

        assertThat(stream.retractions.get()).as("what had been shown was taken back").isPositive();
        assertThat(stream.everyToken).as("the French beginning was shown before the drift").isNotEmpty();
        assertThat(String.join("", stream.tokens)).as("after the retraction, only the final reply").isEqualTo(reply.text());
        assertThat(reply.text()).doesNotContain("worst I have ever had");
        assertThat(reply.guardrail().outcome()).isIn(GuardrailVerdict.Outcome.REGENERATED,
                GuardrailVerdict.Outcome.REPLACED_BY_SCRIPTED);
    }

    private static String describe(Map<String, int[]> byKind) {
        StringBuilder out = new StringBuilder();
        byKind.forEach((k, v) -> out.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("  "));
        return out.toString();
    }
}
