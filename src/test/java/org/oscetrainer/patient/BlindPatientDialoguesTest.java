package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Question;
import org.oscetrainer.patient.PatientEvaluation.Tally;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * The scripted patient on whole conversations: the first frozen blind dialogue set,
 * {@code src/test/resources/blind/patient-dialogues-1/dialogues.tsv} (set 48: three dialogues of 10-12 turns on each
 * of the 24 stations, where most turns lean on the turns before them: "does it go anywhere?", "and your dad?", « et
 * avant ? », "what do you mean, tight?", "going back to the headache…"; written by someone who never saw the matcher,
 * frozen with its SHA-256 before the first measurement; never edited here; what it holds is in its README).
 *
 * <p>Each dialogue is played in order to a fresh encounter as the app plays it: the history starts with the patient's
 * opening line, then each student turn and the patient's real reply to it. A turn is scored as a question of set 2
 * (see {@link BlindPatientQuestionsTest}): its expected fact or finding given and nothing else, both parts of
 * {@code a+b}, no fact for {@code unscripted}. Figures per station, per class (the first word of the author's note:
 * pronoun, ellipsis, return, clarify, contrast, control, unscripted…) and for the turns that lean on context against
 * the controls, worst first. The turns themselves are not printed: the set stays blind to those who change the
 * matcher.
 */
class BlindPatientDialoguesTest {

    /**
     * First measurement (7 Dec 2026, 10:45 UTC, the patient code of main at c128b45, unchanged, a machine busy with
     * five helper sessions): 64.1 % (544 of 849); turns that lean on context 55.5 % (281 of 506), the other turns 76.7 %
     * (263 of 343); worst chute-personne-agee-fr 44.4 %, dyspnee-aigue-fr 48.6 %, medication-history-en and
     * missed-periods-en 55.6 %, cardiovascular-exam-en 58.8 %; by class clarify 34.0 %, pronoun 53.0 %, return 56.0 %,
     * unscripted 56.1 %, contrast 57.9 %, ellipsis 65.0 %, control 81.1 % (compound 8 of 11); 29 wrong facts given to
     * 61 unscripted turns.
     * After router19 (a question read with the turns before it: a request to say again or explain, "anything else?", a
     * question of one detail, a short question about a recent reply; designed on its own 105 dialogue turns; never saw
     * this set), on main at its merge: **67.6 %** (574), context **62.6 %** (317), the other turns 74.9 % (257: six
     * fewer), 33 wrong facts on 61 unscripted turns (four more). Merged for the gain on the turns that lean on context
     * (+36), with the ceiling of wrong facts raised from 29 to 33: the one ratchet loosened this round, said in
     * docs/scoring.md. router19b (unscripted follow-ups kept unknown) was measured here once too: 65.0 %, context 59.3 %,
     * the other turns 73.5 %, 31 wrong facts; not merged (it turned examination and test requests after any history
     * into "I don't know": {@link HistoryLeavesQuestionsAloneTest}).
     * After router20 (a follow-up asking a detail the script does not hold is not answered by the carried topic; measured
     * once at the end): 67.7 % (575), context 62.6 % (317), the other turns 75.2 % (258), 32 wrong facts on unscripted.
     * A design set for router22 (session 38: what is asked of someone in the patient's life, AskedOfSomeone): 67.8 %
     * (576) -> **69.0 %** (586), context 62.8 % -> 63.0 %, the other turns 75.2 % -> 77.8 %, wrong facts on unscripted
     * turns 32 -> **22**; worst station dyspnee-aigue-fr 51.4 %.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    static final double OVERALL_FLOOR = 0.69;
    static final double CONTEXT_FLOOR = 0.63;
    static final double STATION_FLOOR = 0.51;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 22;

    static final Path SET = Path.of("src/test/resources/blind/patient-dialogues-1/dialogues.tsv");

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    /** One student turn of a dialogue, with what a careful standardized patient would answer. */
    record Turn(String dialogue, int turn, Question question) {

        /** The class the author gave the turn: the first word of its note. */
        String kind() {
            String note = question.note().toLowerCase(Locale.ROOT).strip();
            int end = note.indexOf(';');
            String first = (end < 0 ? note : note.substring(0, end)).strip();
            return first.isEmpty() ? "unlabelled" : first.split("\\s+")[0];
        }

        /**
         * A turn whose meaning leans on the turns before it (not a self-contained control, an unscripted one, or two
         * questions glued in one line: set 51's class {@code glued}).
         */
        boolean leansOnContext() {
            return !List.of("control", "unscripted", "greeting", "opening", "glued").contains(kind());
        }
    }

    record Measured(int turns, Tally overall, Tally context, Tally controls, Map<String, Tally> byStation,
            Map<String, Tally> byClass, Tally unscriptedSafe) {
    }

    @Test
    @Evaluation // measured (held out by router20/grader20/guard18/benign18, then a design set of this round's helpers): in the eval profile (see Evaluation), to keep the test command within CI's time with sets 51 to 56
    void measuresTheScriptedPatientOnTheFirstBlindDialogueSet() throws IOException {
        Measured m = measure(SET, "BLIND patient dialogues, set 48 (24 stations)");
        assertThat(m.turns()).isGreaterThan(600);
        assertThat(m.byStation()).hasSize(24);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.context().rate()).as("right on turns that lean on context").isGreaterThanOrEqualTo(CONTEXT_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }

    /** Plays every dialogue of {@code set} to the scripted patient, in order, and prints the figures worst first. */
    static Measured measure(Path set, String title) throws IOException {
        return measure(set, title, false);
    }

    /**
     * As {@link #measure(Path, String)}, and with {@code showTurns} each turn that was answered wrong with what was given
     * (for a design set only: a blind set's turns stay unprinted).
     */
    static Measured measure(Path set, String title, boolean showTurns) throws IOException {
        List<String> misses = new ArrayList<>();
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        List<Turn> turns = turns(set);
        Map<String, Scenario> scenarios = new HashMap<>();
        Tally overall = new Tally();
        Tally context = new Tally();
        Tally controls = new Tally();
        Tally unscriptedSafe = new Tally();
        Map<String, Tally> byStation = new LinkedHashMap<>();
        Map<String, Tally> byClass = new LinkedHashMap<>();
        List<Exchange> history = new ArrayList<>();
        String dialogue = null;
        for (Turn t : turns) {
            Question q = t.question();
            Scenario scenario = scenarios.computeIfAbsent(q.station(), BlindPatientQuestionsTest::scenario);
            if (!t.dialogue().equals(dialogue)) {
                dialogue = t.dialogue();
                history = new ArrayList<>();
                String opening = scenario.patient().openingLine();
                if (opening != null && !opening.isBlank()) {
                    history.add(new Exchange(Exchange.Speaker.PATIENT, opening));
                }
            }
            String answer = patient.answer(scenario, List.copyOf(history), q.question());
            history.add(new Exchange(Exchange.Speaker.STUDENT, q.question()));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
            List<String> given = BlindPatientQuestionsTest.given(scenario, answer);
            boolean ok = q.right(given);
            if (showTurns && !ok) {
                misses.add(String.format("  %-22s %s.%-2d %-60s expected %-28s got %s", q.station(), t.dialogue(), t.turn(),
                        q.question(), String.join("+", q.expected()), given.isEmpty() ? "none" : String.join("+", given)));
            }
            if (q.unscripted()) {
                unscriptedSafe.add(given.stream().noneMatch(g -> !g.equals("neutral")));
            }
            overall.add(ok);
            (t.leansOnContext() ? context : controls).add(ok);
            byStation.computeIfAbsent(q.station(), s -> new Tally()).add(ok);
            byClass.computeIfAbsent(q.expected().size() > 1 ? t.kind() + " (compound)" : t.kind(), c -> new Tally()).add(ok);
        }
        StringBuilder report = new StringBuilder("\n=== Scripted patient on the " + title + " (")
                .append(turns.size()).append(" turns) ===\n");
        report.append("right overall                 ").append(overall).append('\n');
        report.append("right on turns leaning on context ").append(context).append('\n');
        report.append("right on the other turns      ").append(controls).append('\n');
        report.append("unscripted: no wrong fact     ").append(unscriptedSafe).append('\n');
        report.append("by station, worst first\n");
        BlindPatientQuestionsTest.worstFirst(byStation)
                .forEach(e -> report.append(String.format("  %-24s %s%n", e.getKey(), e.getValue())));
        report.append("by class, worst first\n");
        BlindPatientQuestionsTest.worstFirst(byClass)
                .forEach(e -> report.append(String.format("  %-24s %s%n", e.getKey(), e.getValue())));
        misses.forEach(line -> report.append(line).append('\n'));
        System.out.println(report);
        return new Measured(turns.size(), overall, context, controls, byStation, byClass, unscriptedSafe);
    }

    /** The turns of a dialogue set, in the file's order (header: station, dialogue, turn, question, expected, note). */
    static List<Turn> turns(Path set) throws IOException {
        List<Turn> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(set, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            Question q = new Question(cols[0].strip(), cols[3].strip(), List.of(cols[4].strip().split("\\+")),
                    cols.length > 5 ? cols[5].strip() : "");
            out.add(new Turn(cols[1].strip(), Integer.parseInt(cols[2].strip()), q));
        }
        // Dialogues in the order they first appear, each in the order of its turns.
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Turn t : out) {
            firstSeen.putIfAbsent(t.dialogue(), firstSeen.size());
        }
        List<Turn> ordered = new ArrayList<>(out);
        ordered.sort(java.util.Comparator.comparingInt((Turn t) -> firstSeen.get(t.dialogue())).thenComparingInt(Turn::turn));
        return ordered;
    }
}
