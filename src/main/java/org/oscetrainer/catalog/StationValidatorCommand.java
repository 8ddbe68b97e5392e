package org.oscetrainer.catalog;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar osce-trainer.jar validate [scenarios-dir] [rubrics-dir]}: checks the station
 * files without starting the app. Exit code 0 when all is well, 1 when a file has a problem, 2 for
 * a wrong command line.
 */
public final class StationValidatorCommand {

    private StationValidatorCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length > 2) {
            out.println("usage: validate [scenarios-dir] [rubrics-dir]   (defaults: scenarios rubrics)");
            return 2;
        }
        Path scenarios = Path.of(args.length > 0 ? args[0] : "scenarios");
        Path rubrics = Path.of(args.length > 1 ? args[1] : "rubrics");
        var report = new StationValidator().validateLibrary(scenarios, rubrics);
        report.problems().forEach(out::println);
        out.printf("%d stations checked in %s and %s: %s%n", report.stations().size(), scenarios, rubrics,
                report.ok() ? "no problems" : report.problems().size() + " problem(s)");
        return report.ok() ? 0 : 1;
    }
}
