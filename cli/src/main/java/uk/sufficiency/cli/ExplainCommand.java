package uk.sufficiency.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.cli.options.SolveLimitOptions;
import uk.sufficiency.cli.region.RegionExplain;
import uk.sufficiency.cli.region.RegionRun;
import uk.sufficiency.engine.matching.MatchingCapability;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;

/**
 * Solves the scenario through matching's one entry point, as {@code match} does (so it explains the
 * placement {@code match} proposes), then explains one child's match and how the next best
 * candidates compare.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Explain why a child got their proposed placement (or none), constraint by constraint, and how",
            "the next best candidate placements compare. Solves the scenario first, as 'match' does."
        },
        footer = {"", "Examples:", "  sufficiency explain scenarios/leicestershire-2015 --child C0042",
            "  sufficiency explain scenarios/east-midlands-region --child derby/C0042"})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml (or a region's"
            + " region.yaml: then the child's result in the region's pooled matching).")
    Path scenarioDir;

    @Option(names = "--child", required = true, description = "The child's id (child_id in children.csv; in a region,"
            + " with its council's id in front: derby/C0042).")
    String childId;

    @Mixin
    SolveLimitOptions limits;

    @Mixin
    SeedOption seedOption;

    private int alternatives = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alternatives", paramLabel = "N", description = "Candidates to compare, 1 to 100 (default 5).")
    void setAlternatives(int value) {
        alternatives = (int) Ranges.check(spec, "--alternatives", value, 1, 100, "a number of candidates");
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (RegionRun.isRegion(scenarioDir)) {
            return RegionExplain.run(scenarioDir, childId, alternatives, limits, seedOption.seed(), spec);
        }
        Scenario scenario = limits.applyTo(ScenarioLoader.load(scenarioDir));
        if (scenario.child(childId).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--child " + childId + ": no child with that id in " + scenarioDir);
        }
        MatchingCapability capability = MatchingCapability.forCommand(started);
        var out = spec.commandLine().getOut();
        // Printed inside solveThen so that Ctrl-C still explains the best proposal found so far.
        MatchCommand.solveThen(capability, capability.settingsOrThrow(scenario),
                MatchCommand.context(scenario, seedOption, false, spec), spec.commandLine().getErr(), report -> {
                    for (String line : new MatchExplainer(report.result().solution()).explain(childId, alternatives)) {
                        out.println(line);
                    }
                    out.flush();
                });
        return ExitCodes.OK;
    }
}
