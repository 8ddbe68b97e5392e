package org.oscetrainer.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stops on a broken station file with the file and the problem, not a stack trace. */
class StationFileFailureAnalyzer extends AbstractFailureAnalyzer<StationFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StationFileException cause) {
        return new FailureAnalysis(
                "A station file is invalid: " + cause.getMessage(),
                "Fix the file named above (see docs/station-format.md), or move it out of the station folders,"
                        + " then start again.",
                cause);
    }
}
