package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Question;
import org.oscetrainer.patient.PatientEvaluation.Tally;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * The scripted patient in a conversation (router19, issue 13): the design dialogues of
 * {@code src/test/resources/patient/dialogues-design.tsv} (10 dialogues on 8 stations, written before the code), each
 * played in order as the app plays it: the history starts with the patient's opening line, then alternates the
 * student's question and the patient's real reply. A follow-up ("does it go anywhere?", « et dans la famille ? »,
 * "sorry, how much did you say?", "anything else?" after a list question) is right only when the patient answers it
 * as the earlier turns make it mean; a self-contained question is right as it is alone. Scored as the blind sets
 * (an expected {@code a+b} needs both, {@code a|b} either).
 */
class ScriptedPatientDialoguesTest {

    /**
     * Measured before the code (main at c128b45, 7 Dec 2026): 72.4 % (76 of 105). After router19 (FollowUp): 88.6 % (93)
     * or better, see the report of router19. Ratchet: the measured figure, rounded down. Raise it when the patient gets
     * better; never lower it.
     */
    static final double FLOOR = 0.88;

    static final Path DIALOGUES = Path.of("src/test/resources/patient/dialogues-design.tsv");

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    record Turn(String station, String dialogue, int turn, Question question) {
    }

    @Test
    void answersFollowUpsAsTheConversationMeansThem() throws IOException {
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        Map<String, List<Turn>> dialogues = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(DIALOGUES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Question q = new Question(c[0], c[3], List.of(c[4].split("\\+")), c[5]);
            dialogues.computeIfAbsent(c[0] + "#" + c[1], k -> new ArrayList<>()).add(new Turn(c[0], c[1], Integer.parseInt(c[2]), q));
        }
        Tally all = new Tally();
        List<String> report = new ArrayList<>();
        for (List<Turn> dialogue : dialogues.values()) {
            Scenario scenario = BlindPatientQuestionsTest.scenario(dialogue.get(0).station());
            List<Exchange> history = new ArrayList<>();
            history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
            for (Turn t : dialogue) {
                String answer = patient.answer(scenario, List.copyOf(history), t.question().question());
                List<String> given = BlindPatientQuestionsTest.given(scenario, answer);
                boolean ok = t.question().rightAnswer(given);
                all.add(ok);
                report.add(String.format("  %s %-22s %s.%-2d %-50s expected %-30s got %s", ok ? "ok  " : "MISS", t.station(),
                        t.dialogue(), t.turn(), t.question().question(), String.join("+", t.question().expected()),
                        given.isEmpty() ? "none" : String.join("+", given)));
                history.add(new Exchange(Exchange.Speaker.STUDENT, t.question().question()));
                history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
            }
        }
        System.out.println("\n=== Scripted patient on the design dialogues (" + all.total + " turns) ===\nright " + all);
        report.forEach(System.out::println);
        assertThat(all.total).isEqualTo(105);
        assertThat(all.rate()).as("right in conversation").isGreaterThanOrEqualTo(FLOOR);
    }
}
