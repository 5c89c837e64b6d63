package uk.sufficiency.cli;

import picocli.CommandLine;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/** Maps failures to exit statuses: 2 for input or options the user must fix, 1 for anything else. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    /**
     * Ctrl-C (SIGINT) ended the run: 128 + 2, the shell convention, set by the JVM once the shutdown
     * hooks are done (a {@code match} run has then written the best proposal found; SIGTERM gives 143).
     * No command returns it; it is listed so that documentation and tests agree.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    static String oneLine(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String first = message.lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 297) + "..." : first;
    }

    public static int forException(Throwable exception) {
        if (exception instanceof InvalidInputException || exception instanceof CommandLine.ParameterException) {
            return INVALID_INPUT;
        }
        return INTERNAL_ERROR;
    }

    /** Prints bad-input problems plainly (no stack trace); other failures are logged in full. */
    static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception exception, CommandLine commandLine,
                CommandLine.ParseResult parseResult) {
            var err = commandLine.getErr();
            if (exception instanceof InvalidInputException invalid) {
                for (Problem problem : invalid.problems()) {
                    err.println(problem.describe());
                }
                long errors = invalid.problems().stream().filter(Problem::isError).count();
                err.println(errors + " error(s); no output was written.");
                err.flush();
                return INVALID_INPUT;
            }
            // Last resort: one plain line; the stack trace only with --debug (it may name internals, never child data).
            err.println("sufficiency " + commandLine.getCommandName() + " failed: " + oneLine(exception)
                    + (DebugOption.enabled() ? "" : " (run again with --debug for the technical details)"));
            if (DebugOption.enabled()) {
                exception.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        }
    }
}
