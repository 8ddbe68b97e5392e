package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;

/**
 * The load harness's turns (EncounterLoadBenchmark: chest-pain-en, its five questions with the student's name and
 * number, the fake's 30-word reply after each) streamed through the guard as the app streams them: the first word is
 * shown with the first token and the reply passes, at every question of a conversation. A reply held to its end would
 * add the reply's whole duration (~620 ms) to its first visible token; run over 300 students × 5 questions and five
 * run names (7,500 turns) none is (docs/performance.md, "one turn in 250"), so that stall is not the guard's.
 */
class LoadHarnessRepliesTest {

    private static final String[] QUESTIONS = {"When did the pain start?", "Do you smoke?",
        "Does the pain spread anywhere?", "Any medicines?", "What is your job?", "Any allergies?"};
    @Test
    void theFirstWordOfEveryHarnessReplyIsShownWithTheFirstToken() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        List<String> tokens = HarnessReplies.tokens(30);
        String reply = String.join("", tokens).strip();
        for (String user : List.of("load-warm-up-001", "load-run1-017", "load-run2-050")) {
            List<Exchange> history = new ArrayList<>();
            history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
            for (int k = 1; k <= 5; k++) {
                String question = String.format("%s (%s, question %d)", QUESTIONS[k % QUESTIONS.length], user, k);
                Guardrails guardrails = Guardrails.forQuestion(scenario, hidden, history, question);
                int[] firstShownAt = {-1};
                int[] at = {0};
                HarnessReplies.PassedOutcome passed = new HarnessReplies.PassedOutcome();
                GuardedStream stream = new GuardedStream(guardrails, new CheckGate(2), new ReplyStream() {
                    @Override
                    public void token(String token) {
                        if (firstShownAt[0] < 0) {
                            firstShownAt[0] = at[0];
                        }
                    }

                    @Override
                    public void completed(PatientReply r) {
                    }

                    @Override
                    public void failed(PatientUnavailableException error) {
                    }
                }, passed);
                for (int i = 0; i < tokens.size(); i++) {
                    at[0] = i;
                    stream.token(tokens.get(i));
                }
                at[0] = tokens.size();
                stream.completed(new PatientReply(reply, "llm", "fake", "hash", 300, null, null));
                assertThat(firstShownAt[0]).as(question).isZero();
                assertThat(passed.passed).as(question).isTrue();
                history.add(new Exchange(Exchange.Speaker.STUDENT, question));
                history.add(new Exchange(Exchange.Speaker.PATIENT, reply));
            }
        }
    }
}
