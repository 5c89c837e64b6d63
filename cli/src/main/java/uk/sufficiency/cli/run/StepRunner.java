package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Runs the steps in order, timing each. A step that throws becomes a failed section with a plain
 * message; the steps after it still run (those needing its results fail plainly in turn).
 */
public final class StepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StepRunner.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * How one step went; {@code error} is null when it succeeded, {@code empty} true when it had
     * nothing to report (its capability is not configured in the scenario).
     */
    public record StepOutcome(String id, String title, double seconds, String error, boolean empty) {
        public String status() {
            return error != null ? "failed" : empty ? "not run" : "ok";
        }
    }

    /** The sections (one per step, in order) and how each step went. */
    public record Outcome(List<Section> sections, List<StepOutcome> steps) {
        public boolean anyFailed() {
            return steps.stream().anyMatch(s -> s.error() != null);
        }
    }

    private StepRunner() {
    }

    public static Outcome run(List<RunStep> steps, RunContext context) {
        List<Section> sections = new ArrayList<>();
        List<StepOutcome> outcomes = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            RunStep step = steps.get(i);
            context.progress().start(i + 1, steps.size(), step.title());
            long start = System.nanoTime();
            Section section;
            String error = null;
            boolean empty = false;
            try {
                StepResult result = step.run(context);
                checkTables(step, result, tableNames);
                empty = result.tables().isEmpty() && result.headlines().isEmpty();
                section = new Section(step.id(), step.title(), result.answer(), result.summary(), null, result.headlines(),
                        result.charts(), result.tables());
            } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
                error = describe(e);
                LOG.debug("step {} failed", step.id(), e);
                section = Section.failed(step.id(), step.title(), error);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (error == null) {
                context.progress().done(seconds);
            } else {
                context.progress().failed(seconds, error);
            }
            sections.add(section);
            outcomes.add(new StepOutcome(step.id(), step.title(), seconds, error, empty));
        }
        return new Outcome(sections, outcomes);
    }

    private static void checkTables(RunStep step, StepResult result, Set<String> tableNames) {
        if (!ID.matcher(step.id()).matches()) {
            throw new IllegalStateException("step id '" + step.id() + "' is not lower-case words joined by '-'");
        }
        for (Table table : result.tables()) {
            if (!table.name().startsWith(step.id() + "-")) {
                throw new IllegalStateException("table " + table.name() + " must be named " + step.id() + "-...");
            }
            if (!tableNames.add(table.name())) {
                throw new IllegalStateException("table " + table.name() + " is written twice");
            }
        }
    }

    /** One line a user can act on: the exception's message, or its type when it has none. */
    static String describe(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return String.join("; ", invalid.problems().stream().map(Problem::describe).toList());
        }
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        return e instanceof IllegalStateException || e instanceof IllegalArgumentException
                ? message : type + ": " + message;
    }
}
