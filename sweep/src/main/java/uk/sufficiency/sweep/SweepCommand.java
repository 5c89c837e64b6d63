package uk.sufficiency.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.sweep.figures.PublicFigures;
import uk.sufficiency.sweep.spark.SparkSessions;
import uk.sufficiency.sweep.spark.SparkSweep;

/**
 * {@code sufficiency-sweep SPEC.yaml}: every English council x a grid of scenario edits x
 * simulations, on Apache Spark (embedded local mode by default). Its own launcher, not a command of
 * the main jar, so Spark never enters {@code sufficiency.jar} (decision 0090).
 */
@Command(name = "sufficiency-sweep", mixinStandardHelpOptions = true, version = "sufficiency-sweep 0.1.0",
        description = {"Runs the engine's capabilities for every English council (generated from the public figures)",
            "x the scenarios of SPEC.yaml x simulations, on Apache Spark; writes results.csv and results.parquet",
            "(one row per council, scenario, measure and year, with mean, median, lower_80 ... upper_95).",
            "Methods: docs/methods/sweep.md."})
public final class SweepCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;

    @Parameters(index = "0", paramLabel = "SPEC.yaml", description = "The sweep: seed, years, simulations, scenarios.")
    Path spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared public data folder (default: the first shared/data above the working folder).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sweep-results",
            description = "Output folder, replaced whole (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master: local[*] (default, every core of this machine), local[N], spark://host:7077.")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Task partitions (default: 4 per core); results do not depend on it.")
    Integer partitions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new SweepCommand());
        line.setExecutionExceptionHandler((exception, cmd, parsed) -> handle(exception, cmd.getErr()));
        System.exit(line.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(command.commandLine(), "--partitions must be at least 1");
        }
        long start = System.nanoTime();
        SpecReader.Spec read = SpecReader.read(spec);
        Path dataDir = data != null ? data : PublicFigures.findSharedData(Path.of("").toAbsolutePath());
        // refuse a bad output folder now, not after the sweep
        ResultsFolder.check(out, "--out", List.of(spec, dataDir));
        SweepPlan plan = SweepPlan.of(read, spec, PublicFigures.read(dataDir));
        try (SparkSession spark = SparkSessions.start(master, "sufficiency sweep " + spec.getFileName())) {
            int cores = spark.sparkContext().defaultParallelism();
            int parts = partitions != null ? partitions : Math.min(plan.tasks().size(), 4 * cores);
            SparkSweep.Output output = SparkSweep.run(spark, plan.tasks(), read.run(), plan.fosteringFile(), parts);
            double seconds = (System.nanoTime() - start) / 1e9;
            String summary = SweepOutput.summary(plan, master, cores, parts, seconds);
            List<Path> written = SweepOutput.write(out, List.of(spec, dataDir), plan, output, summary);
            PrintWriter stdout = command.commandLine().getOut();
            stdout.print(summary);
            stdout.printf("wrote %d rows to %s (%d files)%n", output.rows().size(), out, written.size());
            stdout.flush();
        }
        return OK;
    }

    static int handle(Exception exception, PrintWriter err) {
        if (exception instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem.describe());
            }
            err.println(invalid.problems().stream().filter(Problem::isError).count() + " error(s); no output was written.");
            err.flush();
            return INVALID_INPUT;
        }
        err.println("sufficiency-sweep failed: " + exception);
        exception.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }
}
