package org.oscetrainer.patient;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * {@code java -jar osce-trainer.jar ask scenarios/<id>.yaml "question" ...}: what the scripted
 * patient answers, for authors tuning their phrasings. Exit code 1 if the scenario has problems.
 */
public final class ScriptedPatientCommand {

    private ScriptedPatientCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length < 2) {
            out.println("usage: ask <scenario.yaml> \"question\" [\"question\" ...]");
            return 2;
        }
        String source;
        try {
            source = Files.readString(Path.of(args[0]));
        } catch (IOException e) {
            out.println(args[0] + ": cannot be read: " + e.getMessage());
            return 1;
        }
        var scenario = StationFiles.scenario(args[0], source);
        if (scenario.isEmpty()) {
            out.println(args[0] + ": has problems; run the validate command first");
            return 1;
        }
        var executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ScriptedPatient patient = new ScriptedPatient(executor, 0);
            for (int i = 1; i < args.length; i++) {
                out.println("Q: " + args[i]);
                out.println("A: " + patient.answer(scenario.get(), args[i]));
            }
        } finally {
            executor.shutdownNow();
        }
        return 0;
    }
}
