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
 * When {@link GuardedStream} checks the reply so far: the first word at once, then every
 * {@value GuardedStream#CHECK_EVERY_WORDS} words, the step growing with the words checked (half of them, at most
 * {@value GuardedStream#CHECK_AT_MOST_EVERY_WORDS}); a sentence's end at once unless a check just read all but its last
 * word. Each check reads the whole text so far, so a fixed step cost a reply the square of its length
 * (docs/performance.md). What is shown is only ever checked text, and the whole reply is shown at its end.
 */
class GuardedStreamScheduleTest {

    @Test
    void aLongerReplyIsCheckedAtLongerStepsAndShownWhole() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        Guardrails guardrails = Guardrails.forQuestion(scenario, hidden,
                List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine())), "When did it start?");
        List<String> tokens = HarnessReplies.tokens(60);
        List<Integer> shownAt = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int[] at = {0};
        HarnessReplies.PassedOutcome passed = new HarnessReplies.PassedOutcome();
        GuardedStream stream = new GuardedStream(guardrails, new CheckGate(1), new ReplyStream() {
            @Override
            public void token(String token) {
                shownAt.add(at[0]);
                shown.add(token);
            }

            @Override
            public void completed(PatientReply r) {
            }

            @Override
            public void failed(PatientUnavailableException error) {
            }
        }, passed);
        for (int i = 0; i < tokens.size(); i++) {
            at[0] = i + 1; // words streamed so far
            stream.token(tokens.get(i));
        }
        at[0] = -1;
        String reply = String.join("", tokens).strip();
        stream.completed(new PatientReply(reply, "llm", "fake", "hash", 300, null, null));

        assertThat(passed.passed).isTrue();
        assertThat(String.join("", shown).strip()).isEqualTo(reply);
        // checked (and shown) at words 1, 5, 9, 13, 19, 27, 35, 42, 50 and 56, the rest at the end: the sentence ends at 14
        // and 28 come one word after a check, those at 42 and 56 within a step; at the fixed step of four it was shown
        // at 1, 5, 9, 13, 14, 18, 22, 26, 28, 32, 36, 40, 42, 46, 50, 54, 56 and 60: 18 checks of the text so far, 10 now
        assertThat(shownAt).containsExactly(1, 5, 9, 13, 19, 27, 35, 42, 50, 56, -1);
    }

    @Test
    void aReplyCheckedWholeAsItStreamedIsNotReadAgainAtItsEnd() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        Guardrails guardrails = Guardrails.forQuestion(scenario, hidden, List.of(), "When did it start?");
        List<String> shown = new ArrayList<>();
        HarnessReplies.PassedOutcome passed = new HarnessReplies.PassedOutcome();
        GuardedStream stream = new GuardedStream(guardrails, new CheckGate(1), new ReplyStream() {
            @Override
            public void token(String token) {
                shown.add(token);
            }

            @Override
            public void completed(PatientReply r) {
            }

            @Override
            public void failed(PatientUnavailableException error) {
            }
        }, passed);
        // an LLM's reply ends with its full stop, no space after: the check at that token reads the whole reply
        List<String> tokens = List.of("It ", "started ", "about ", "an ", "hour ", "ago, ", "doctor.");
        tokens.forEach(stream::token);
        int streamed = stream.checks();
        String reply = String.join("", tokens);
        stream.completed(new PatientReply(reply, "llm", "fake", "hash", 300, null, null));

        assertThat(passed.passed).isTrue();
        assertThat(String.join("", shown)).isEqualTo(reply);
        assertThat(stream.checks()).isEqualTo(streamed); // the whole reply's verdict is the last check's
    }

    @Test
    void tokensComeWhileACheckWaitsItsTurnAndTheCheckReadsThemAll() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        Guardrails guardrails = Guardrails.forQuestion(scenario, hidden, List.of(), "When did it start?");
        CheckGate gate = new CheckGate(1);
        List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        HarnessReplies.PassedOutcome passed = new HarnessReplies.PassedOutcome();
        GuardedStream stream = new GuardedStream(guardrails, gate, System.nanoTime(), new ReplyStream() {
            @Override
            public void token(String token) {
                shown.add(token);
            }

            @Override
            public void completed(PatientReply r) {
            }

            @Override
            public void failed(PatientUnavailableException error) {
            }
        }, passed);
        List<String> tokens = HarnessReplies.tokens(30);
        for (String token : tokens.subList(0, 6)) {
            stream.token(token); // a place free: checked at once on this thread, as in the test above (words 1 and 5)
        }
        assertThat(shown).containsExactly("It ", "started about an hour ");
        int checksBefore = stream.checks();

        gate.enter(CheckGate.LATER); // every place taken by other replies' checks
        for (String token : tokens.subList(6, 20)) {
            stream.token(token); // returns at once: the stream is not held up by the check waiting its turn
        }
        assertThat(stream.checks()).isEqualTo(checksBefore);
        assertThat(gate.waiting()).isEqualTo(1); // one check queued for this reply, not one per due word
        gate.leave();
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (shown.size() < 3 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        // the queued check read the text as it stood when its turn came: every word streamed meanwhile, in one piece
        assertThat(stream.checks()).isEqualTo(checksBefore + 1);
        assertThat(String.join("", shown)).isEqualTo(String.join("", tokens.subList(0, 20)));
        assertThat(shown).hasSize(3);

        for (String token : tokens.subList(20, 30)) {
            stream.token(token);
        }
        String reply = String.join("", tokens).strip();
        stream.completed(new PatientReply(reply, "llm", "fake", "hash", 300, null, null));
        assertThat(passed.passed).isTrue();
        assertThat(String.join("", shown).strip()).isEqualTo(reply);
    }
}
