package uk.sufficiency.cli.region;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.options.SolveLimitOptions;
import uk.sufficiency.engine.matching.MatchingCapability;
import uk.sufficiency.engine.matching.MatchingSettings;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.region.RegionMatching;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.scenario.Scenario;

/**
 * {@code explain} on a region: the region checked whole, its pooled matching solved as {@code match}
 * and {@code run} solve it (the same settings, seed rule and pooling rule), then one child's result
 * explained there, the pooling rule named where it rules a placement out. The councils alone are not
 * solved: the question is where this child goes when the region pools its placements.
 */
public final class RegionExplain {

    private RegionExplain() {
    }

    public static int run(Path dir, String childId, int alternatives, SolveLimitOptions limits, Long seed,
            CommandLine.Model.CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RegionRun checked = RegionRun.check(dir);
        checked.passed().warnings().forEach(w -> err.println(w.describe()));
        Region region = checked.region();
        Scenario scenario = limits.applyTo(checked.passed().scenario());
        if (scenario.child(childId).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--child " + childId
                    + ": no child with that id in the region " + dir + hint(region, childId));
        }
        PipelineContext context = new PipelineContext(scenario, seed, false, message -> {
            err.println(message);
            err.flush();
        });
        MatchingSettings settings = new MatchingCapability().settingsOrThrow(scenario);
        MatchingResult pooled = new RegionMatching(settings.options(context), context.progress()).solvePooled(region);
        out.println("In " + region.name() + "'s pooled matching (every council's placements, shared under the"
                + " region's rules):");
        List<String> lines = new MatchExplainer(pooled.solution(), RegionMatching.rule(region)).explain(childId, alternatives);
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    /** "; in a region a child's id carries its council's (derby/C0042)", naming the councils that have that id. */
    private static String hint(Region region, String childId) {
        List<String> matches = region.members().stream()
                .filter(m -> m.scenario().child(childId).isPresent()).map(m -> m.regionId(childId)).toList();
        if (!matches.isEmpty()) {
            return "; in a region a child's id carries its council's: did you mean " + String.join(" or ", matches) + "?";
        }
        RegionMember first = region.members().get(0);
        return "; in a region a child's id carries its council's (" + first.regionId("C0001") + ")";
    }
}
