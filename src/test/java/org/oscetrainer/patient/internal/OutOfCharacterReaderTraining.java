package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains {@link OutOfCharacterReader} and measures it honestly (guard18). Not a test: a plain main, run from the
 * worktree root after a build ({@code mvn -o -q test-compile}):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     org.oscetrainer.patient.internal.OutOfCharacterReaderTraining [--write]
 * </pre>
 *
 * ({@code target/test-classpath.txt}: {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}.)
 *
 * <p>What it learns from: the frozen leak sets {@code blind/leak-replies} … {@code leak-replies-16} (sets 1–49: every
 * class beginning {@code out-of-character} is out of character, every {@code benign} line in character; the leaks are
 * left out, the reader is not asked about them), the hand-written corpora {@code guard/benign-everyday*} and
 * {@code guard/patient-asides} (in character) and the stations' own lines (opening, unprompted, unknown-answer and
 * fact lines; in character). Never set 55 ({@code leak-replies-18}) nor any later set: held out. Set 49 was held out
 * by guard18 and joined the training with guard19; benign-everyday-4 and patient-asides joined then too.
 *
 * <p>How it is measured: leave one set out. For each group (each leak set, each benign corpus, the stations' lines),
 * train on all the others and read the left-out one; the threshold is chosen on those pooled left-out readings, as the
 * one of least cost: out-of-character lines the guard would show plus {@link #INNOCENT_COST} for each innocent line the
 * reader newly withholds, with none of the stations' lines withheld (guard20, decision 025); a line shorter than {@link OutOfCharacterReader#MIN_WORDS} words is read as the reader reads it, not
 * at all (guard19: before, the measure read every line, and short innocent ones held the threshold up). Then, with {@code --write}, it trains on everything and writes the weights and that threshold to
 * {@code src/main/resources/patient/out-of-character-reader.txt}. The training is deterministic (a fixed seed).
 */
public final class OutOfCharacterReaderTraining {

    /**
     * The leak sets trained on, oldest first: sets 1–49 ({@code leak-replies} … {@code leak-replies-16}; set 49 added by
     * guard19), never {@code leak-replies-18} (set 55, held out) nor later. Set 52 ({@code leak-replies-17}) is a design
     * set since guard20 but not in the weights: trained on, with {@code guard/equipment-in-life}, the reader withheld two
     * innocent lines of the tests ("Le technicien de la fibre devait passer ce matin…" 0.95-0.997, "Getting the last
     * seat on the bus was a real stroke of luck…" 0.61); measured with {@code -Dreader.leakSets=…,leak-replies-17}
     * (docs/guardrails.md, guard20). {@code -Dreader.leakSets=a,b,…} trains on
     * others (to reproduce an earlier reader's measure).
     */
    static final List<String> LEAK_SETS = listProperty("reader.leakSets", List.of("leak-replies", "leak-replies-2",
            "leak-replies-3", "leak-replies-4", "leak-replies-5", "leak-replies-6", "leak-replies-7", "leak-replies-8",
            "leak-replies-9", "leak-replies-10", "leak-replies-11", "leak-replies-12", "leak-replies-13",
            "leak-replies-14", "leak-replies-15", "leak-replies-16"));
    /** The hand-written corpora of {@code guard/}, every line in character ({@code -Dreader.corpora=…}). */
    static final List<String> BENIGN_CORPORA = listProperty("reader.corpora", List.of("benign-everyday",
            "benign-everyday-2", "benign-everyday-3", "benign-everyday-4", "patient-asides", "ooc-situations"));
    /** Whether the left-out measure reads only replies the reader judges ({@link OutOfCharacterReader#MIN_WORDS}). */
    static final boolean MIN_WORDS_ONLY = Boolean.parseBoolean(System.getProperty("reader.minWords", "true"));
    /** Whether the reader reads the words' senses too ({@link ReaderSenses}; false measures the reader without them). */
    static final boolean SENSES = Boolean.parseBoolean(System.getProperty("reader.senses", "true"));

    /**
     * What one innocent line the reader withholds costs, counted in out-of-character lines shown (guard20, decision 025):
     * half of one. Withheld, an innocent line is replaced by a line in character and the encounter goes on (the examiner
     * sees the verdict on the transcript); shown, an out-of-character line breaks the patient's one quality bar in
     * PRODUCT.md, in front of the student, and cannot be taken back. Not less than half: a withheld line may take away a
     * fact the student asked for and earned (a fair score). {@code -Dreader.innocentCost=…} measures another cost.
     * It replaces guard18's bar (innocent lines within 0.3 %, which stopped binding once short lines were not counted)
     * and session 37's floor of 0.70.
     */
    static final double INNOCENT_COST = Double.parseDouble(System.getProperty("reader.innocentCost", "0.5"));
    /**
     * The lowest threshold the search reads (session 37, the lead; kept by guard20). The cost above does not bind below
     * it: measured leaving one set out, with set 52 trained on, its least cost fell at 0.574, then at the bottom of the
     * search (0.50) once 20 innocent lines were added (costs 122 at 0.50, 129.5 at 0.60, 132 at 0.70: a flat curve
     * where two innocent lines of the tests are withheld). On the weights kept (sets 1-49) the least cost at or above
     * 0.70 is at 0.718 (101 against 102.5 at 0.70), below it 98.5 at 0.60, where 7 more innocent lines are withheld to
     * read 6 more out-of-character lines.
     */
    static final double MIN_THRESHOLD = 0.70;
    static final int EPOCHS = 12;
    static final double L2 = 1e-4;
    static final double RATE = 0.3;
    /** A feature counts only when it is seen in this many groups of the training data: one set's template is not a sign. */
    static final int MIN_GROUPS = Integer.getInteger("reader.minGroups", 2);
    /** Whether the leak sets' leaks (said in the persona's voice) are learnt as in character. */
    static final boolean LEAKS_IN_CHARACTER = Boolean.parseBoolean(System.getProperty("reader.leaks", "false"));

    /** One labelled line; {@code guarded}: the guard without the reader already withholds it. */
    record Line(String group, String kind, boolean ooc, String text, List<String> features, boolean guarded) {

        /** An innocent line: neither out of character nor a leak. */
        boolean innocent() {
            return !ooc && !kind.equals("leak");
        }
    }

    private static List<String> listProperty(String name, List<String> otherwise) {
        String value = System.getProperty(name);
        return value == null ? otherwise : List.of(value.split(","));
    }

    /** What the reader reads of a line: its chance, or 0 for a reply too short to be judged. */
    private static double read(OutOfCharacterReader.Model model, String text) {
        String folded = new ReplyText(text).foldedWords();
        if (MIN_WORDS_ONLY && OutOfCharacterReader.words(folded) < OutOfCharacterReader.MIN_WORDS) {
            return 0;
        }
        return model.probability(folded);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(".");
        List<Line> lines = load(root);
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        lines.forEach(l -> groups.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l));
        System.out.printf("%d lines, %d out of character, %d groups%n", lines.size(),
                lines.stream().filter(Line::ooc).count(), groups.size());

        // leave one group out: each line read by a reader that never saw its group
        Map<Line, Double> left = new HashMap<>();
        for (String g : groups.keySet()) {
            List<Line> train = lines.stream().filter(l -> !l.group().equals(g)).toList();
            OutOfCharacterReader.Model model = train(train, 1.1);
            for (Line l : groups.get(g)) {
                left.put(l, read(model, l.text()));
            }
        }
        double threshold = chooseThreshold(lines, left);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "threshold %.3f (least cost: an out-of-character line shown 1, an innocent"
                + " line newly withheld %.2f; no station line)%n%n", threshold, INNOCENT_COST));
        report.append("Each group read by a reader trained without it; 'guard' is the guard without the reader (whole text).\n\n");
        report.append("| group (left out) | out of character | shown by the guard | of those, read by the reader | innocent"
                + " | withheld by the guard | newly withheld by the reader | station lines newly withheld |\n");
        report.append("|---|---|---|---|---|---|---|---|\n");
        for (String g : groups.keySet()) {
            List<Line> ls = groups.get(g);
            report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d |%n", g,
                    ls.stream().filter(Line::ooc).count(),
                    ls.stream().filter(l -> l.ooc() && !l.guarded()).count(),
                    ls.stream().filter(l -> l.ooc() && !l.guarded() && left.get(l) >= threshold).count(),
                    ls.stream().filter(l -> l.innocent()).count(),
                    ls.stream().filter(l -> l.innocent() && l.guarded()).count(),
                    ls.stream().filter(l -> l.innocent() && !l.guarded() && left.get(l) >= threshold).count(),
                    ls.stream().filter(l -> l.kind().equals("script") && !l.guarded() && left.get(l) >= threshold).count()));
        }
        report.append("\n");
        for (double t : new double[] {threshold, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99}) {
            report.append(String.format(Locale.ROOT, "at %.3f: cost %.1f; out of character shown by the guard, read %d of %d;"
                    + " innocent newly withheld %d of %d%n", t, cost(lines, left, t),
                    lines.stream().filter(l -> l.ooc() && !l.guarded() && left.get(l) >= t).count(),
                    lines.stream().filter(l -> l.ooc() && !l.guarded()).count(),
                    lines.stream().filter(l -> l.innocent() && !l.guarded() && left.get(l) >= t).count(),
                    lines.stream().filter(l -> l.innocent()).count()));
        }
        if (List.of(args).contains("--show")) {
            lines.stream().filter(l -> l.innocent() && !l.guarded() && left.get(l) >= threshold).forEach(l -> report.append(
                    String.format(Locale.ROOT, "innocent %.3f [%s] %s%n", left.get(l), l.group(), l.text())));
        }
        System.out.print(report);
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/ooc-reader-loso.md"), report, StandardCharsets.UTF_8);
        if (List.of(args).contains("--write")) {
            OutOfCharacterReader.Model model = train(lines, threshold);
            write(model, root.resolve("src/main/resources" + OutOfCharacterReader.RESOURCE), lines.size());
        }
    }

    /**
     * The threshold (of a fine grid, from 0.999 down to {@link #MIN_THRESHOLD}) of least cost on the left-out readings:
     * each out-of-character line the guard shows and the reader does not read costs 1, each innocent line the reader newly
     * withholds {@link #INNOCENT_COST}; a threshold at which a station's own line would be withheld is never chosen, nor
     * any below it. Of equal costs the higher threshold is kept.
     */
    static double chooseThreshold(List<Line> lines, Map<Line, Double> left) {
        double best = 0.999;
        double bestCost = Double.MAX_VALUE;
        for (double t = 0.999; t >= MIN_THRESHOLD - 1e-9; t -= 0.001) {
            double tt = t;
            long script = lines.stream().filter(l -> l.kind().equals("script") && left.get(l) >= tt).count();
            if (script > 0) {
                break;
            }
            double cost = cost(lines, left, tt);
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = t;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    /** Out-of-character lines shown (by the guard, not read at {@code t}) plus the innocent lines newly withheld, weighed. */
    static double cost(List<Line> lines, Map<Line, Double> left, double t) {
        long shown = lines.stream().filter(l -> l.ooc() && !l.guarded() && left.get(l) < t).count();
        long innocent = lines.stream().filter(l -> l.innocent() && !l.guarded() && left.get(l) >= t).count();
        return shown + INNOCENT_COST * innocent;
    }

    /** A logistic regression (AdaGrad, L2), both classes weighed equally in total. */
    static OutOfCharacterReader.Model train(List<Line> lines, double threshold) {
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (Line l : lines) {
            for (String f : l.features()) {
                groupsOf.computeIfAbsent(f, k -> new HashSet<>()).add(l.group());
            }
        }
        Map<String, Integer> index = new HashMap<>();
        groupsOf.forEach((f, g) -> {
            if (g.size() >= MIN_GROUPS) {
                index.put(f, index.size());
            }
        });
        String[] names = new String[index.size()];
        index.forEach((f, i) -> names[i] = f);
        int[][] x = new int[lines.size()][];
        double[] y = new double[lines.size()];
        double[] weight = new double[lines.size()];
        long pos = lines.stream().filter(Line::ooc).count();
        long neg = lines.size() - pos;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            x[i] = l.features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
            y[i] = l.ooc() ? 1 : 0;
            weight[i] = l.ooc() ? (double) neg / pos : 1;
        }
        double[] w = new double[names.length];
        double[] g2 = new double[names.length];
        double bias = 0;
        double bg2 = 0;
        Random random = new Random(18);
        int[] order = new int[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                double z = bias;
                for (int f : x[i]) {
                    z += w[f];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (p - y[i]) * weight[i];
                bg2 += g * g;
                bias -= RATE * g / Math.sqrt(bg2 + 1e-8);
                for (int f : x[i]) {
                    double gf = g + L2 * w[f];
                    g2[f] += gf * gf;
                    w[f] -= RATE * gf / Math.sqrt(g2[f] + 1e-8);
                }
            }
        }
        Map<String, Float> weights = new HashMap<>();
        for (int f = 0; f < names.length; f++) {
            if (Math.abs(w[f]) >= 0.01) {
                weights.put(names[f], (float) w[f]);
            }
        }
        return new OutOfCharacterReader.Model(weights, bias, threshold);
    }

    static void write(OutOfCharacterReader.Model model, Path file, int lines) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# OutOfCharacterReader's weights (guard18): a logistic regression over the words and word pairs of a\n");
        out.append("# reply's clauses, trained on ").append(lines).append(" labelled lines (the leak sets 1-49, never set 55 or later;\n");
        out.append("# the benign corpora; the stations' own lines). Written by OutOfCharacterReaderTraining --write, never by\n");
        out.append("# hand: to retrain, build, then run that class (its Javadoc says how); it measures each set left out first\n");
        out.append("# (target/ooc-reader-loso.md) and chooses the threshold there. Lines: weight TAB feature (a word, or two\n");
        out.append("# words of one clause; '|' starts a clause).\n");
        out.append(settings());
        out.append(String.format(Locale.ROOT, "%.4f\t(threshold)%n", model.threshold()));
        out.append(String.format(Locale.ROOT, "%.4f\t(bias)%n", model.bias()));
        model.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(String.format(Locale.ROOT, "%.4f\t%s%n", e.getValue(), e.getKey())));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /**
     * The settings the weights were trained with, as comment lines of the weights file's header: which sets and corpora,
     * and every setting a property can change ({@code reader.minGroups}, {@code reader.leaks}), so that a file says how
     * to make it again.
     */
    static String settings() {
        return String.format(Locale.ROOT, "# settings: minGroups=%d leaksInCharacter=%b epochs=%d l2=%s rate=%s"
                + " innocentCost=%s%n# leak sets: %s%n# benign corpora: %s; and the stations' own lines%n", MIN_GROUPS,
                LEAKS_IN_CHARACTER, EPOCHS, L2, RATE, INNOCENT_COST, String.join(" ", LEAK_SETS),
                String.join(" ", BENIGN_CORPORA));
    }

    static List<Line> load(Path root) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<LeakSetReplies> replies = new ArrayList<>(LeakSetReplies.of(root.resolve("src/test/resources/blind"), LEAK_SETS));
        replies.addAll(LeakSetReplies.of(root.resolve("src/test/resources/guard"), BENIGN_CORPORA));
        // the guard's verdicts, kept for the next run only for the same guard and the same lines (GuardVerdictCache)
        GuardVerdictCache cache = GuardVerdictCache.open(root.resolve("target/ooc-reader-guarded.txt"), guardFingerprint(root));
        for (LeakSetReplies r : replies) {
            boolean ooc = r.clazz().startsWith("out-of-character");
            boolean corpus = BENIGN_CORPORA.contains(r.folder());
            boolean leak = !ooc && !corpus && r.block();
            if (ooc || corpus || r.clazz().equals("benign") || (leak && LEAKS_IN_CHARACTER)) {
                String place = r.folder() + "/" + r.file() + "#" + r.index();
                boolean guarded = cache.verdict(place, r.question() + "\n" + r.text(), () -> guarded(r));
                lines.add(line(r.folder(), ooc ? "ooc" : leak ? "leak" : "benign", ooc, r.text(), guarded));
            }
        }
        cache.save();
        stationLines(root).forEach(s -> lines.add(line("stations", "script", false, s, false)));
        return lines;
    }

    /**
     * What the guard's verdicts depend on: its compiled classes and word lists (the reader's own weights left out, the
     * reader's verdict being left out of {@link #guarded}) and the stations.
     */
    static String guardFingerprint(Path root) throws IOException {
        return GuardVerdictCache.fingerprint(List.of(root.resolve("target/classes/org/oscetrainer"),
                root.resolve("target/classes/patient"), root.resolve("scenarios")),
                p -> p.endsWith(OutOfCharacterReader.RESOURCE.substring(1)));
    }

    /** Every station's own lines: opening, unknown-answer, unprompted and fact lines. */
    static List<String> stationLines(Path root) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> said = new ArrayList<>();
        for (Path file : yamlFiles(root.resolve("scenarios"))) {
            JsonNode doc = yaml.readTree(file.toFile());
            JsonNode patient = doc.path("patient");
            said.add(patient.path("opening-line").asText(""));
            said.add(patient.path("unknown-answer").asText(""));
            patient.path("unprompted").forEach(u -> said.add(u.isTextual() ? u.asText() : u.path("text").asText("")));
            doc.path("facts").forEach(f -> said.add(f.path("text").asText("")));
        }
        return said.stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * Whether the guard without this reader already withholds the reply (as {@code GuardSetsMeasure} reads it, whole):
     * the reader is the guard's last check, so a verdict of its own means no other check withheld it.
     */
    private static boolean guarded(LeakSetReplies r) {
        return r.guard().check(r.text().strip()).filter(v -> !v.span().startsWith(OutOfCharacterReader.SPAN)).isPresent();
    }

    private static Line line(String group, String kind, boolean ooc, String text, boolean guarded) {
        List<String> features = new ArrayList<>();
        OutOfCharacterReader.features(new ReplyText(text).foldedWords(), features::add, SENSES);
        return new Line(group, kind, ooc, text, features, guarded);
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
