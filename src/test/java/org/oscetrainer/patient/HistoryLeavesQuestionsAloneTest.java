package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Question;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * A question that stands alone is answered the same after some conversation as at the start: every question of a
 * single-question design set (set 42, {@code blind/patient-questions-15}, whose questions each open a conversation) is
 * asked twice, at the start of an encounter and after a short history (the opening line, an opening question and its
 * answer, a question about something else and its answer), and the answers must give the same facts. The history may
 * only change what leans on it; a question of that set that the conversation's follow-up reading takes over (a bare
 * "anything else?", a question of one detail) would show up here. Ratchet: the measured number of questions whose
 * right answer the history turns wrong.
 */
class HistoryLeavesQuestionsAloneTest {

    /**
     * Questions right at the start and wrong after the history (may only go down). Measured on 7 Dec 2026 with router19
     * merged: 10 of 960 answers changed, 4 right turned wrong (three questions of one detail read as asked of the last
     * topic, "since when?" asked alone), 3 wrong turned right. router19b (not merged) turned 46 right answers wrong:
     * examination and test requests after any history got the persona's "I don't know". router20: 9 changed, 3 right
     * turned wrong, 3 wrong turned right.
     */
    static final int MAX_TURNED_WRONG = Integer.getInteger("ratchet.historyTurnedWrong", 3);

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-15/questions.tsv");

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void aQuestionThatStandsAloneIsAnsweredTheSameAfterAConversation() throws IOException {
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        Map<String, Scenario> scenarios = new HashMap<>();
        int changed = 0;
        int turnedWrong = 0;
        int turnedRight = 0;
        List<String> lines = new ArrayList<>();
        for (Question q : BlindPatientQuestionsTest.questions(SET)) {
            Scenario scenario = scenarios.computeIfAbsent(q.station(), BlindPatientQuestionsTest::scenario);
            String alone = patient.answer(scenario, List.of(), q.question());
            List<Exchange> history = history(patient, scenario);
            String after = patient.answer(scenario, history, q.question());
            List<String> givenAlone = BlindPatientQuestionsTest.given(scenario, alone);
            List<String> givenAfter = BlindPatientQuestionsTest.given(scenario, after);
            if (!givenAlone.equals(givenAfter)) {
                changed++;
                boolean rightAlone = q.right(givenAlone);
                boolean rightAfter = q.right(givenAfter);
                if (rightAlone && !rightAfter) {
                    turnedWrong++;
                } else if (!rightAlone && rightAfter) {
                    turnedRight++;
                }
                lines.add(String.format("  %-22s %-60s alone %-30s after %s", q.station(), q.question(),
                        String.join("+", givenAlone), String.join("+", givenAfter)));
            }
        }
        System.out.printf("%n=== History leaves questions alone (set 42) ===%nchanged %d, right -> wrong %d, wrong -> right %d%n",
                changed, turnedWrong, turnedRight);
        lines.forEach(System.out::println);
        assertThat(turnedWrong).as("questions the history turns wrong").isLessThanOrEqualTo(MAX_TURNED_WRONG);
    }

    /** The opening line, "what brings you in?" and its answer, then a question on smoking and its answer. */
    private static List<Exchange> history(ScriptedPatient patient, Scenario scenario) {
        boolean fr = "fr".equals(scenario.language());
        List<Exchange> history = new ArrayList<>();
        String opening = scenario.patient().openingLine();
        if (opening != null && !opening.isBlank()) {
            history.add(new Exchange(Exchange.Speaker.PATIENT, opening));
        }
        for (String asked : fr ? List.of("Qu'est-ce qui vous amène aujourd'hui ?", "Vous fumez ?")
                : List.of("What brings you in today?", "Do you smoke?")) {
            String reply = patient.answer(scenario, List.copyOf(history), asked);
            history.add(new Exchange(Exchange.Speaker.STUDENT, asked));
            history.add(new Exchange(Exchange.Speaker.PATIENT, reply));
        }
        return history;
    }
}
