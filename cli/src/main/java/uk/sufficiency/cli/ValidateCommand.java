package uk.sufficiency.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.DataRootOption;
import uk.sufficiency.cli.region.RegionRun;
import uk.sufficiency.cli.run.RunSteps;
import uk.sufficiency.cli.run.ScenarioGate;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.Problem;

/** Checks a scenario folder against every rule and lists every problem found. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a scenario folder: every problem is listed with file, line, column, value and rule.",
        footer = {"", "Example:", "  sufficiency validate scenarios/leicestershire-2015"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml (or a region's region.yaml).")
    Path scenarioDir;

    @picocli.CommandLine.Mixin
    DataRootOption dataRoot;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // a region folder: region.yaml, every member's scenario and the region's settings (decision 0073)
        ScenarioGate.Passed result = RegionRun.isRegion(scenarioDir) ? RegionRun.check(scenarioDir).passed()
                : ScenarioGate.check(scenarioDir, dataRoot.root(), RunSteps.standard());
        var err = spec.commandLine().getErr();
        for (Problem warning : result.warnings()) {
            err.println(warning.describe());
        }
        err.flush();
        Scenario scenario = result.scenario();
        Map<String, Long> byStatus = new TreeMap<>();
        for (Child child : scenario.children()) {
            byStatus.merge(child.status().word(), 1L, Long::sum);
        }
        var out = spec.commandLine().getOut();
        out.printf("valid: scenario '%s' as of %s: %d children %s, %d placements, %d warning(s)%n",
                scenario.name(), scenario.asOfDate(), scenario.children().size(), byStatus,
                scenario.placements().size(), result.warnings().size());
        if (!scenario.leftClosedHomes().isEmpty()) {
            // Closing a home with children in it is allowed: say what it does to them.
            out.printf("%d child(ren) now wait for a new placement because the scenario closes their home: %s%n",
                    scenario.leftClosedHomes().size(), String.join(", ", scenario.leftClosedHomes().entrySet().stream()
                            .map(e -> e.getKey() + " (left " + e.getValue() + ")").toList()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
