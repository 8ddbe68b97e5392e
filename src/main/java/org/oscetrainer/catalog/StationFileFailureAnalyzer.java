package org.oscetrainer.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stops on broken station files with each file, line and problem, not a stack trace. */
class StationFileFailureAnalyzer extends AbstractFailureAnalyzer<StationFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StationFileException cause) {
        return new FailureAnalysis(
                "The station library has " + cause.problems().size() + " problem(s):\n" + cause.getMessage(),
                "Fix the files named above (docs/station-format.md describes the format; "
                        + "'java -jar osce-trainer.jar validate scenarios rubrics' checks them without starting the app).",
                null);
    }
}
