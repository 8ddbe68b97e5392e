package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader (the checklist grader on the turns, the note scorer on the note) against the
 * frozen blind interviews {@code src/test/resources/blind/grader-interviews/*.yaml} (64 encounters on
 * 10 stations, labelled item by item by someone who never saw the grader; never edited here).
 *
 * <p>Settings: every student and patient turn in order; the interview's one note text is the answer
 * to each of the rubric's note questions (the author judged each note item on the whole note). Figures:
 * Cohen's κ on done / not done (the examiner's points &gt; 0), κ on points, per station and per item
 * class (the rubric's category; {@code note} for note items), worst first; ICC(2,1) of the total
 * scores (items and note); how often the evidence turn of an item both credit is one of the turns the
 * examiner named. Asserts ratchets at the measured figures.
 */
class BlindGraderInterviewsTest {

    /**
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them
     * without saying why. Lowered with issue 13's whole history items (branch grader4) from 0.82 / 0.70 / 0.97:
     * this set's examiners give a one-point history item asked in part ("Medicines (no allergies…), one point
     * earned"); sets 5 and 8 and the issue give it only whole. Lowered again with branch grader5 (0.74 / 0.60 / 0.95
     * to 0.70 / 0.57 / 0.92, measured 0.712 / 0.574 / 0.929) for the same reason: the rubrics now write out the parts
     * of such items ("smoking and alcohol", "medications and allergies"), so a part asked alone no longer passes for
     * the whole, which this set's examiners credited; and an introduction that names the student but does not check the
     * patient's identity, where the label asks both. Station floor lowered again with branch grader7 (0.57 to 0.55, low-mood-en
     * measured 0.551, overall kappa 0.712 to 0.715): low-mood-en's introduction now has parts (self and role;
     * confidentiality and its limits), as sets 13 and 16 and issue 13 judge it; this set's examiners wrote that "any one
     * element earns the item" (low-mood-en-02, -06).
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 3: kappa 0.715
     * -> 0.727, worst low-mood-en 0.589, ICC(2,1) 0.934 -> 0.945.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader18 (7 Dec 2026): raised to the measured figure, rounded down (examination steps read through the findings).
    // grader23 (session 39): raised to the measured figures, rounded down (an item asked by an open question and answered).
    static final double KAPPA_FLOOR = 0.75;
    static final double STATION_KAPPA_FLOOR = 0.62;
    static final double ICC_FLOOR = 0.95;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The blind set uses the stations' new ids; the rubric files may still carry the old ones. */
    static final Map<String, String> OLD_IDS = Map.of(
            "douleur-lombaire-fr", "colique-nephretique-fr",
            "dyspnee-aigue-fr", "dyspnee-ep-fr",
            "toux-nourrisson-fr", "bronchiolite-fr");

    /** One item of one interview: the examiner's points and evidence turns, and the grader's. */
    record Pair(String file, String station, String itemId, String itemClass, int max, int expected, int proposed,
            List<Integer> expectedEvidence, Integer proposedEvidence, String quote, String reason) implements ItemJudgements.Judged {
    }

    @Test
    void measuresTheOfflineGraderOnTheBlindInterviews() throws IOException {
        Measured m = measure(CASES, "BLIND interviews, set 3");
        assertThat(m.interviews()).isGreaterThanOrEqualTo(60);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }

    /** The figures of one blind interview set: item agreement overall and per station, ICC(2,1) of the totals. */
    record Measured(int interviews, Figures overall, Map<String, List<Pair>> byStation, double icc) {
    }

    /** Grades every interview of {@code cases} offline and prints the figures, worst first, and every disagreement. */
    static Measured measure(Path cases, String title) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(cases)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<Pair> pairs = new ArrayList<>();
        List<double[]> totals = new ArrayList<>();
        long slowest = 0;
        for (Graded graded : gradeAll(files)) {
            Path file = graded.file();
            JsonNode doc = graded.doc();
            String station = graded.station();
            Rubric rubric = graded.rubric();
            List<ItemScore> scores = graded.scores();
            slowest = Math.max(slowest, graded.nanos());
            Map<String, ItemScore> byId = new HashMap<>();
            scores.forEach(s -> byId.put(s.itemId(), s));
            Map<String, String> classes = new HashMap<>();
            rubric.items().forEach(i -> classes.put(i.id(), i.category()));
            double expectedTotal = 0;
            double proposedTotal = 0;
            for (JsonNode j : doc.path("judgements")) {
                String item = j.path("item").asText();
                ItemScore s = byId.get(item);
                assertThat(s).as("item " + item + " of " + file.getFileName() + " is in the rubric").isNotNull();
                List<Integer> evidence = new ArrayList<>();
                j.path("evidence").forEach(e -> evidence.add(e.asInt()));
                String itemClass = item.startsWith(NoteScorer.ID_PREFIX) ? "note" : classes.getOrDefault(item, "?");
                pairs.add(new Pair(file.getFileName().toString(), station, item, itemClass, s.maxPoints(),
                        j.path("points").asInt(), s.points(), evidence,
                        s.evidenceSeq() == null ? null : s.evidenceSeq() - 1, s.evidenceQuote(), j.path("reason").asText()));
                expectedTotal += j.path("points").asInt();
                proposedTotal += s.points();
            }
            totals.add(new double[] {expectedTotal, proposedTotal});
        }

        Map<String, List<Pair>> byStation = group(pairs, Pair::station);
        Map<String, List<Pair>> byClass = group(pairs, Pair::itemClass);
        Map<String, List<Pair>> byItem = group(pairs, p -> p.station() + " " + p.itemId());
        Figures overall = Figures.of(pairs);
        double icc = icc21(totals);
        long bothDone = pairs.stream().filter(p -> p.expectedDone() && p.proposedDone() && p.proposedEvidence() != null).count();
        long evidenceRight = pairs.stream().filter(p -> p.expectedDone() && p.proposedDone() && p.proposedEvidence() != null
                && p.expectedEvidence().contains(p.proposedEvidence())).count();

        StringBuilder report = new StringBuilder("\n=== Offline grader on the " + title + " (")
                .append(files.size()).append(" interviews, ").append(pairs.size()).append(" item judgements) ===\n");
        report.append(overall.line("overall")).append('\n');
        report.append(String.format(Locale.ROOT, "  ICC(2,1) of total scores = %.3f (%d interviews)%n", icc, totals.size()));
        report.append(String.format(Locale.ROOT, "  evidence turn among the examiner's: %d/%d%n", evidenceRight, bothDone));
        report.append(String.format(Locale.ROOT, "  slowest encounter graded in %.1f ms%n", slowest / 1e6));
        report.append("by station, worst first\n");
        worstFirst(byStation).forEach(e -> report.append(Figures.of(e.getValue()).line(e.getKey())).append('\n'));
        report.append("by item class, worst first\n");
        worstFirst(byClass).forEach(e -> report.append(Figures.of(e.getValue()).line(e.getKey())).append('\n'));
        report.append("worst items (agreement)\n");
        byItem.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Pair>> e) -> Figures.of(e.getValue()).done().percent()))
                .limit(25)
                .forEach(e -> report.append(Figures.of(e.getValue()).line(e.getKey())).append('\n'));
        report.append("disagreements on done / not done (examiner -> grader)\n");
        pairs.stream().filter(p -> p.expectedDone() != p.proposedDone()).forEach(p -> report.append(String.format(
                "  %-26s %-32s %d -> %d%s%n", p.file(), p.itemId(), p.expected(), p.proposed(),
                p.quote() == null ? "" : "  \"" + p.quote() + "\"")));
        report.append("points on items worth 2, both done (examiner/grader: count)\n");
        Map<String, Integer> confusion = new java.util.TreeMap<>();
        pairs.stream().filter(p -> p.max() == 2 && p.expectedDone() && p.proposedDone())
                .forEach(p -> confusion.merge(p.itemClass() + " " + p.expected() + "/" + p.proposed(), 1, Integer::sum));
        confusion.forEach((k, v) -> report.append(String.format("  %-30s %d%n", k, v)));
        System.out.println(report);
        return new Measured(files.size(), overall, byStation, icc);
    }

    /**
     * Interviews graded at once (2 unless {@code -Dgrader.threads=}): the offline grader grades each encounter on its
     * own (as the app grades several students' at once), so the figures are those of one at a time, in the files' order.
     */
    static final int GRADING_THREADS = Integer.getInteger("grader.threads", 2);

    /** One interview and what the offline grader proposed for it. */
    record Graded(Path file, JsonNode doc, String station, Rubric rubric, List<ItemScore> scores, long nanos) {
    }

    static List<Graded> gradeAll(List<Path> files) throws IOException {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(GRADING_THREADS);
        try {
            List<java.util.concurrent.Future<Graded>> running = new ArrayList<>();
            for (Path file : files) {
                running.add(pool.submit(() -> grade(file)));
            }
            List<Graded> out = new ArrayList<>();
            for (var graded : running) {
                out.add(graded.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Graded grade(Path file) throws IOException {
        BlindInterview interview = BlindInterview.read(file);
        long t0 = System.nanoTime();
        List<ItemScore> scores = interview.scores();
        return new Graded(file, interview.doc(), interview.station(), interview.rubric(), scores, System.nanoTime() - t0);
    }

    static Map<String, List<Pair>> group(List<Pair> pairs, java.util.function.Function<Pair, String> key) {
        Map<String, List<Pair>> out = new LinkedHashMap<>();
        pairs.forEach(p -> out.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        return out;
    }

    static List<Map.Entry<String, List<Pair>>> worstFirst(Map<String, List<Pair>> groups) {
        return groups.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Pair>> e) -> Figures.of(e.getValue()).kappa())
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    /**
     * ICC(2,1) (two-way random effects, absolute agreement, single rater; Shrout and Fleiss) of the
     * two raters' totals, one row per interview.
     */
    static double icc21(List<double[]> rows) {
        int n = rows.size();
        int k = 2;
        double grand = rows.stream().mapToDouble(r -> r[0] + r[1]).sum() / (n * k);
        double ssRows = 0;
        double ssCols = 0;
        double ssTotal = 0;
        double[] colMeans = new double[k];
        for (double[] r : rows) {
            for (int j = 0; j < k; j++) {
                colMeans[j] += r[j] / n;
                ssTotal += (r[j] - grand) * (r[j] - grand);
            }
            double rowMean = (r[0] + r[1]) / k;
            ssRows += k * (rowMean - grand) * (rowMean - grand);
        }
        for (double m : colMeans) {
            ssCols += n * (m - grand) * (m - grand);
        }
        double ssError = ssTotal - ssRows - ssCols;
        double msRows = ssRows / (n - 1);
        double msCols = ssCols / (k - 1);
        double msError = ssError / ((n - 1) * (k - 1));
        return (msRows - msError) / (msRows + (k - 1) * msError + k * (msCols - msError) / n);
    }

    /** The note scored as the service scores it: against the rubric's note items and the station's hidden truth. */
    static List<ItemScore> noteScores(Rubric rubric, String station, String language, List<NoteAnswer> note) throws IOException {
        Path file = Path.of("scenarios", station + ".yaml");
        if (!Files.exists(file)) {
            file = Path.of("scenarios", OLD_IDS.getOrDefault(station, station) + ".yaml");
        }
        return new NoteScorer().score(rubric, language, note, StationFiles.hiddenDiagnosis(file.toString(), Files.readString(file)));
    }

    /** The rubric read with its scenario, as the catalog reads it for the grader (each item knows what answers it). */
    static Rubric rubric(String station) throws IOException {
        Path file = Path.of("rubrics", station + ".yaml");
        if (!Files.exists(file)) {
            file = Path.of("rubrics", OLD_IDS.getOrDefault(station, station) + ".yaml");
        }
        Path scenario = Path.of("scenarios", file.getFileName().toString());
        return StationFiles.rubric(file.toString(), Files.readString(file), scenario.toString(), Files.readString(scenario))
                .orElseThrow();
    }
}
