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

    /**
     * The second design set (router19b, issue 13), written before router19b's code: 104 turns on 9 stations, each marked
     * {@code alone} (a question that stands alone, asked after a context: it must get the answer it gets with no
     * history), {@code follow} (a follow-up the script answers) or {@code unscripted} (a follow-up or question about
     * what no fact describes: "and your cat?", "what about your sister?" when no sister is scripted, "since when?" about
     * a fact that gives no time; right only when the patient gives no fact). Measured on router19 (52697f9): see
     * the report of router19b: 94.2 % (98/104) with 4 facts given to unscripted turns on router19, 98.1 % (102) with 1
     * after router19b.
     */
    static final Path DIALOGUES_2 = Path.of("src/test/resources/patient/dialogues-design-2.tsv");

    /** Ratchets of the second set: the measured figures after router19b, rounded down. Raise them; never lower them. */
    static final double FLOOR_2 = 0.98;
    static final int MAX_WRONG_FACTS_2 = 1;

    record Turn(String station, String dialogue, int turn, Question question, String kind) {
    }

    @Test
    void answersFollowUpsAsTheConversationMeansThem() throws IOException {
        Map<String, Tally> tallies = play(DIALOGUES, false);
        Tally all = tallies.get("all");
        assertThat(all.total).isEqualTo(105);
        assertThat(all.rate()).as("right in conversation").isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void leavesUnscriptedFollowUpsUnansweredAndStandAloneQuestionsAsAlone() throws IOException {
        Map<String, Tally> tallies = play(DIALOGUES_2, true);
        assertThat(tallies.get("all").total).isEqualTo(104);
        assertThat(tallies.get("all").rate()).as("right in conversation").isGreaterThanOrEqualTo(FLOOR_2);
        Tally unscripted = tallies.get("unscripted");
        assertThat(unscripted.total - unscripted.right).as("facts given to unscripted turns").isLessThanOrEqualTo(MAX_WRONG_FACTS_2);
    }

    /**
     * Plays every dialogue of {@code file} as the app plays it and prints each turn; with {@code kinds}, the sixth
     * column says the turn's kind and "alone" turns are also checked against the answer with no history.
     */
    private static Map<String, Tally> play(Path file, boolean kinds) throws IOException {
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        Map<String, List<Turn>> dialogues = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Question q = new Question(c[0], c[3], List.of(c[4].split("\\+")), kinds ? c[6] : c[5]);
            dialogues.computeIfAbsent(c[0] + "#" + c[1], k -> new ArrayList<>())
                    .add(new Turn(c[0], c[1], Integer.parseInt(c[2]), q, kinds ? c[5] : "turn"));
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("all", new Tally());
        List<String> report = new ArrayList<>();
        for (List<Turn> dialogue : dialogues.values()) {
            Scenario scenario = BlindPatientQuestionsTest.scenario(dialogue.get(0).station());
            List<Exchange> history = new ArrayList<>();
            history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
            for (Turn t : dialogue) {
                String answer = patient.answer(scenario, List.copyOf(history), t.question().question());
                List<String> given = BlindPatientQuestionsTest.given(scenario, answer);
                boolean ok = t.question().unscripted() ? given.stream().allMatch("neutral"::equals) : t.question().rightAnswer(given);
                tallies.get("all").add(ok);
                tallies.computeIfAbsent(t.kind(), k -> new Tally()).add(ok);
                String note = "";
                if (t.kind().equals("alone")) {
                    List<String> alone = BlindPatientQuestionsTest.given(scenario,
                            patient.answer(scenario, List.of(history.get(0)), t.question().question()));
                    boolean same = alone.equals(given);
                    tallies.computeIfAbsent("alone: same as with no history", k -> new Tally()).add(same);
                    note = same ? "" : "   (alone: " + (alone.isEmpty() ? "none" : String.join("+", alone)) + ")";
                }
                report.add(String.format("  %s %-10s %-22s %s.%-2d %-50s expected %-30s got %s%s", ok ? "ok  " : "MISS", t.kind(),
                        t.station(), t.dialogue(), t.turn(), t.question().question(), String.join("+", t.question().expected()),
                        given.isEmpty() ? "none" : String.join("+", given), note));
                history.add(new Exchange(Exchange.Speaker.STUDENT, t.question().question()));
                history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
            }
        }
        StringBuilder head = new StringBuilder("\n=== Scripted patient on " + file.getFileName() + " (" + tallies.get("all").total + " turns) ===\n");
        tallies.forEach((k, v) -> head.append(String.format("right %-32s %s%n", k, v)));
        System.out.println(head);
        report.forEach(System.out::println);
        return tallies;
    }
}
