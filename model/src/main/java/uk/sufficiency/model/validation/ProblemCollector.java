package uk.sufficiency.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gathers problems across a whole read so that every error is reported in one pass.
 * Readers add to it and carry on; the caller decides at the end whether to stop.
 */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void error(Path file, int line, String column, String value, String rule) {
        add(Problem.error(file, line, column, value, rule));
    }

    public void warning(Path file, int line, String column, String value, String rule) {
        add(Problem.warning(file, line, column, value, rule));
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Throws with all problems (errors and warnings) if any error was found. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(problems);
        }
    }
}
