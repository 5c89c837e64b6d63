package uk.sufficiency.model.validation;

import java.util.List;

/**
 * Thrown when input cannot be used. Carries every problem found in one pass, not just the first,
 * so that a user fixes a file once. The command line turns this into exit status 2.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(Problem problem) {
        return new InvalidInputException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summarise(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        if (problems.isEmpty()) {
            return "invalid input";
        }
        return errors + " error(s) in input; first: " + problems.get(0).describe();
    }
}
