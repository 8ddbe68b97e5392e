package org.oscetrainer.patient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * What reading a question with the turns before it costs the scripted patient (router19): the design dialogues played
 * in order with their history, then the same questions each alone, warmed up, then timed over several rounds; prints
 * the mean time a turn in each mode and the difference. Not a test: {@code mvn -Pproduction,bench verify
 * -Dtest=FollowUpCostBenchmark}.
 */
@Tag("benchmark")
class FollowUpCostBenchmark {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 50;

    @Test
    void costOfReadingTheHistory() throws IOException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ScriptedPatient patient = new ScriptedPatient(executor, 0);
            Map<String, List<String[]>> dialogues = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(ScriptedPatientDialoguesTest.DIALOGUES, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                dialogues.computeIfAbsent(c[0] + "#" + c[1], k -> new ArrayList<>()).add(c);
            }
            Map<String, Scenario> scenarios = new LinkedHashMap<>();
            dialogues.values().forEach(d -> scenarios.computeIfAbsent(d.get(0)[0], BlindPatientQuestionsTest::scenario));
            int turns = dialogues.values().stream().mapToInt(List::size).sum();
            for (int r = 0; r < WARM_UP; r++) {
                play(patient, scenarios, dialogues, true);
                play(patient, scenarios, dialogues, false);
            }
            long with = 0;
            long without = 0;
            for (int r = 0; r < ROUNDS; r++) {
                with += play(patient, scenarios, dialogues, true);
                without += play(patient, scenarios, dialogues, false);
            }
            double withMicros = with / 1e3 / ROUNDS / turns;
            double withoutMicros = without / 1e3 / ROUNDS / turns;
            System.out.printf("%nScripted patient, %d turns x %d rounds: %.1f us a turn with the history, %.1f us alone,"
                    + " %.1f us (%.0f %%) for the follow-up reading%n", turns, ROUNDS, withMicros, withoutMicros,
                    withMicros - withoutMicros, 100 * (withMicros - withoutMicros) / withoutMicros);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Plays every dialogue once; the nanoseconds spent answering. */
    private static long play(ScriptedPatient patient, Map<String, Scenario> scenarios, Map<String, List<String[]>> dialogues,
            boolean withHistory) {
        long spent = 0;
        for (List<String[]> dialogue : dialogues.values()) {
            Scenario scenario = scenarios.get(dialogue.get(0)[0]);
            List<Exchange> history = new ArrayList<>();
            history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
            for (String[] turn : dialogue) {
                long t0 = System.nanoTime();
                String answer = patient.answer(scenario, withHistory ? List.copyOf(history) : List.of(), turn[3]);
                spent += System.nanoTime() - t0;
                history.add(new Exchange(Exchange.Speaker.STUDENT, turn[3]));
                history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
            }
        }
        return spent;
    }
}
