package uk.sufficiency.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;

/** Solves the scenario, then explains one child's match and how the next best candidates compare. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Explain why a child got their proposed placement (or none), constraint by constraint, and how",
            "the next best candidate placements compare. Solves the scenario first, as 'match' does."
        },
        footer = {"", "Example:", "  sufficiency explain scenarios/leicestershire-2015 --child C0042 --steps 2000"})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml.")
    Path scenarioDir;

    @Option(names = "--child", required = true, description = "The child's id (child_id in children.csv).")
    String childId;

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "Wall-clock limit for solving (default ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @picocli.CommandLine.Mixin
    uk.sufficiency.cli.options.SeedOption seedOption;

    @Option(names = "--steps", description = "Stop after this many local-search steps (reproducible).")
    Long steps;

    @Option(names = "--alternatives", defaultValue = "5", description = "Candidates to compare (default ${DEFAULT-VALUE}).")
    int alternatives;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Scenario scenario = ScenarioLoader.load(scenarioDir);
        if (scenario.child(childId).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--child " + childId + ": no child with that id in " + scenarioDir);
        }
        var out = spec.commandLine().getOut();
        // Printed inside solveThen so that Ctrl-C still explains the best proposal found so far.
        MatchCommand.solveThen(scenario, new MatchingOptions(timeLimit, seed(), steps, null, 0, false), started,
                spec.commandLine().getErr(), result -> {
                    for (String line : new MatchExplainer(result.solution()).explain(childId, alternatives)) {
                        out.println(line);
                    }
                    out.flush();
                });
        return ExitCodes.OK;
    }

    /** --seed, else the one default seed every command and run share. */
    private long seed() {
        return seedOption.seed() == null ? uk.sufficiency.engine.pipeline.PipelineContext.DEFAULT_SEED : seedOption.seed();
    }
}
