package uk.sufficiency.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.planning.PlanFiles;
import uk.sufficiency.engine.planning.PlanOptions;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.PlanTable;
import uk.sufficiency.engine.planning.SufficiencyPlanner;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;

/** Sets in-house carer supply by skill level against projected demand and tests recruitment targets. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Sufficiency planner: in-house foster carer supply by skill level against simulated demand,",
            "year by year; a recruitment plan beside the baseline (gap closed, external placements and",
            "cost avoided, payback); or the least recruitment meeting a goal. Methods: docs/methods/planning.md."
        },
        footer = {"", "Examples:",
            "  sufficiency plan scenarios/leicestershire-2015 --years 5 --recruit L3=+12/yr,L4=+6/yr --out out/plan",
            "  sufficiency plan scenarios/leicestershire-2015 --goal \"in_house_share>=0.70@2019\""})
public final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml.")
    Path scenarioDir;

    @Option(names = "--years", description = "Plan years (default plan.years or 5).")
    Integer years;

    @Option(names = "--recruit", paramLabel = "SPEC",
            description = "Extra households a year on top of the baseline, e.g. L3=+12/yr,L4=+6/yr (repeatable).")
    List<String> recruit;

    @Option(names = "--simulations", description = "Demand simulations (default plan.simulations or 1000).")
    Integer simulations;

    @Option(names = "--seed", description = "Random seed (default plan.seed or 1).")
    Long seed;

    @Option(names = "--goal", paramLabel = "GOAL",
            description = "Goal-seek the least extra recruitment meeting e.g. in_house_share>=0.70@2019, "
                    + "external_spend<=5000000@2019 or gap<=10@2019.")
    String goal;

    @Option(names = "--recruit-cap", paramLabel = "N",
            description = "Most households recruited in a year, baseline included (default plan.supply.recruit_cap_per_year).")
    Integer recruitCap;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the CSV results (none written if absent).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioLoader.load(scenarioDir);
        PlanResult result = SufficiencyPlanner.plan(scenario,
                new PlanOptions(years, simulations, seed, recruit, goal, recruitCap));
        if (out != null) {
            PlanFiles.write(result, new OutputDirectory(out));
        }
        var stdout = spec.commandLine().getOut();
        stdout.print(PlanTable.render(result));
        if (out != null) {
            stdout.println("Results written to " + out + " (plan-by-year.csv, plan-comparison.csv, plan-supply.csv, "
                    + "plan-recruitment.csv, plan-inputs.csv, plan-summary.csv).");
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
