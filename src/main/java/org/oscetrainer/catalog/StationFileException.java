package org.oscetrainer.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Station files that cannot be used, with every problem found, each naming its file and line. */
public class StationFileException extends RuntimeException {

    private final transient List<StationProblem> problems;

    public StationFileException(List<StationProblem> problems) {
        super(problems.stream().map(StationProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<StationProblem> problems() {
        return problems;
    }
}
