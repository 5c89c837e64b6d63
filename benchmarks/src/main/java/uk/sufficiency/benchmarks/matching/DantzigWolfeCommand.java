package uk.sufficiency.benchmarks.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;

/**
 * Prints the medium-level bounds of one scenario's matching problem (decision 0100): the relaxed
 * flow's, the Lagrangian bound's warm start, and the exact Dantzig-Wolfe bound by column generation,
 * with the master's figures; optionally the best integer answer among the columns generated.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/sufficiency-benchmarks.jar \
 *     uk.sufficiency.benchmarks.matching.DantzigWolfeCommand SCENARIO_DIR [minutes [integer-seconds [box-width]]]
 * </pre>
 */
public final class DantzigWolfeCommand {

    private DantzigWolfeCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: DantzigWolfeCommand SCENARIO_DIR [minutes [integer-seconds [box-width]]]"
                    + " (the scenario folder of generate or of a council)");
            System.exit(2);
        }
        try {
            double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 5;
            long integerSeconds = args.length > 2 ? Long.parseLong(args[2]) : 0;
            double width = args.length > 3 ? Double.parseDouble(args[3]) : DantzigWolfeBound.Settings.DEFAULT.boxWidth();
            run(Path.of(args[0]), new DantzigWolfeBound.Settings(Duration.ofMillis((long) (minutes * 60_000)),
                    DantzigWolfeBound.Settings.DEFAULT.maxRuledPerHome(), width), integerSeconds);
        } catch (NumberFormatException e) {
            System.err.println("minutes, integer-seconds and box-width must be numbers: " + e.getMessage());
            System.exit(2);
        } catch (InvalidInputException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void run(Path folder, DantzigWolfeBound.Settings settings, long integerSeconds) {
        long start = System.nanoTime();
        MatchingSolution problem = new MatchingProblemFactory(0).build(ScenarioLoader.load(folder));
        long built = System.nanoTime();
        RelaxedFlow flow = RelaxedFlow.solve(problem);
        long flowed = System.nanoTime();
        print("problem built", seconds(start, built), problem.getRequests().size() + " requests, "
                + problem.getHomes().size() + " homes");
        print("flow bound (RelaxedFlow)", seconds(built, flowed), "medium " + flow.result().score().mediumScore()
                + " (hard " + flow.result().score().hardScore() + ")");
        DantzigWolfeBound.Result dw = DantzigWolfeBound.solve(problem, flow, settings);
        print("Lagrangian warm start", "", "medium " + dw.warmStartMedium());
        print("Dantzig-Wolfe bound", dw.millis() / 1000.0, "medium " + dw.medium() + " (valid: the Lagrangian"
                + " at the master's duals, exact)");
        print("last master LP", "", "medium " + dw.masterMedium() + (dw.converged()
                ? " (converged: no column pays)" : " (stopped before convergence: a restriction, not a bound)"));
        print("column generation", "", dw.iterations() + " iterations, " + dw.columns() + " columns, box half-width "
                + settings.boxWidth() + ", time limit " + settings.timeLimit().toSeconds() + " s");
        if (integerSeconds > 0) {
            long before = System.nanoTime();
            ColumnAnswer.Result answer = ColumnAnswer.solve(problem, dw.pricing(), dw.master(), Duration.ofSeconds(integerSeconds));
            print("integer answer from the columns", seconds(before, System.nanoTime()), answer.describe());
        }
    }

    private static void print(String what, Object seconds, String figures) {
        String time = seconds instanceof Double s ? String.format(Locale.ROOT, "%.1f s", s) : "";
        System.out.printf(Locale.ROOT, "%-34s %10s  %s%n", what, time, figures);
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
