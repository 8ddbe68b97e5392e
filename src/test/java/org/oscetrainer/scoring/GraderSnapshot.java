package org.oscetrainer.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every item score the offline grader proposes on the design blind interview sets, one line each (interview, item,
 * points, evidence turn, quote, rationale), for proving a refactoring behaviour-unchanged: write the snapshot before and
 * after, and compare the two files byte for byte. Not a test; run from the project directory with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.oscetrainer.scoring.GraderSnapshot out.txt}.
 * The held-out sets are never read: only the sets named in {@link #DESIGN_SETS} and the in-house evaluation set.
 */
final class GraderSnapshot {

    /** The design sets (set 59, {@code grader-interviews-20}, and newer are held out and not listed). */
    static final List<String> DESIGN_SETS = List.of("grader-interviews", "grader-interviews-2", "grader-interviews-3",
            "grader-interviews-4", "grader-interviews-5", "grader-interviews-6", "grader-interviews-7", "grader-interviews-8",
            "grader-interviews-9", "grader-interviews-10", "grader-interviews-11", "grader-interviews-12", "grader-interviews-13", "grader-interviews-14",
            "grader-interviews-15", "grader-interviews-16", "grader-interviews-17", "grader-interviews-18",
            "grader-interviews-19");

    private GraderSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[1].equals("measure")) {
            // The figures of every design set, as their tests print them (κ, ICC, classes, stations, disagreements).
            for (String set : DESIGN_SETS) {
                BlindGraderInterviewsTest.measure(Path.of("src/test/resources/blind", set), set);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String set : DESIGN_SETS) {
            snapshot(Path.of("src/test/resources/blind", set), out);
        }
        Files.writeString(Path.of(args[0]), out);
    }

    static void snapshot(Path cases, StringBuilder out) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(cases)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            List<ItemScore> scores = BlindInterview.read(file).scores();
            for (ItemScore s : scores) {
                out.append(cases.getFileName()).append('/').append(file.getFileName()).append('\t').append(s.itemId())
                        .append('\t').append(s.points()).append('/').append(s.maxPoints()).append('\t').append(s.evidenceSeq())
                        .append('\t').append(s.evidenceQuote()).append('\t').append(s.rationale()).append('\n');
            }
        }
    }
}
