package uk.sufficiency.cli.region;

import java.nio.file.Path;
import java.util.List;
import uk.sufficiency.cli.run.RunStep;
import uk.sufficiency.cli.run.ScenarioGate;
import uk.sufficiency.cli.run.ScenarioStep;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * What {@code run} does with a region folder: the region read and checked whole before anything
 * runs (region.yaml, every member's scenario, the matching and simulation settings), then the steps:
 * regional pooling, the placement market month by month across the region (decision 0093; not run
 * when a member has no lac_projection), and the region's children and placements summarised as one
 * scenario (when the members share one fee table, by which it prices current placements). The
 * looked-after children, EHCP and plan steps are per council: run them on a member's folder (decision 0073).
 *
 * @param region the region read
 * @param steps  the steps to run
 * @param passed the region's pooled scenario (region ids, region.yaml's settings) and every warning
 */
public record RegionRun(Region region, List<RunStep> steps, ScenarioGate.Passed passed) {

    public static boolean isRegion(Path dir) {
        return RegionLoader.isRegion(dir);
    }

    /** Throws {@code InvalidInputException} listing every error of the region, its members and its settings. */
    public static RegionRun check(Path dir) {
        RegionLoader.Result loaded = RegionLoader.read(dir);
        Region region = loaded.region();
        Scenario pooled = region.pooled();
        // the summary prices current placements by one fee table: shown only when the members share theirs
        boolean oneFeeTable = region.members().stream().map(m -> m.scenario().fees()).distinct().count() == 1;
        // pooling first: it is the question a region is run for
        List<RunStep> steps = oneFeeTable
                ? List.of(new RegionStep(region), new RegionSimulationStep(region), new ScenarioStep())
                : List.of(new RegionStep(region), new RegionSimulationStep(region));
        ProblemCollector problems = new ProblemCollector();
        loaded.warnings().forEach(problems::add);
        steps.forEach(step -> step.validate(pooled, problems));
        problems.throwIfErrors();
        return new RegionRun(region, steps, new ScenarioGate.Passed(pooled, problems.warnings()));
    }
}
