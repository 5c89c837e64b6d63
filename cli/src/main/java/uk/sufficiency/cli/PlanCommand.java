package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.DataRootOption;
import uk.sufficiency.cli.options.Inputs;
import uk.sufficiency.cli.options.QuickOption;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.cli.options.SimulationsOption;
import uk.sufficiency.cli.options.YearsOption;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.PlanTable;
import uk.sufficiency.engine.planning.settings.PlanSettingsReader;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Sets in-house carer supply by skill level against projected demand and tests recruitment targets.
 * The options are overrides of the scenario's {@code plan:} section; the plan itself is the same
 * {@link PlanCapability} that {@code run}'s plan step calls.
 */
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
            "  sufficiency plan scenarios/leicestershire-2015 --goal \"in_house_share>=0.70@2019\" --goal-probability 0.8"})
public final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml.")
    Path scenarioDir;

    @Mixin
    YearsOption years;

    @Mixin
    SimulationsOption simulations;

    @Mixin
    SeedOption seed;

    @Mixin
    QuickOption quick;

    @Option(names = "--recruit", paramLabel = "SPEC",
            description = "Extra households a year on top of the baseline, e.g. L3=+12/yr,L4=+6/yr (repeatable; sets plan.recruit).")
    List<String> recruit;

    @Option(names = "--goal", paramLabel = "GOAL",
            description = "Goal-seek the least steady recruitment meeting e.g. in_house_share>=0.70@2019, "
                    + "external_spend<=5000000@2019 or gap<=10@2019 (sets plan.goal).")
    String goal;

    private Double goalProbability;

    @Option(names = "--goal-probability", paramLabel = "P",
            description = "Probability with which the goal must be met, 0.5 to 0.99 (sets plan.goal_probability; default 0.8).")
    void setGoalProbability(double value) {
        goalProbability = Ranges.decimal(spec, "--goal-probability", value, Ranges.MIN_GOAL_PROBABILITY,
                Ranges.MAX_GOAL_PROBABILITY, "a probability");
    }

    private Integer recruitCap;

    @Option(names = "--recruit-cap", paramLabel = "N",
            description = "Most households recruited in a year, baseline included, 0 to 100,000"
                    + " (sets plan.supply.recruit_cap_per_year).")
    void setRecruitCap(int value) {
        recruitCap = Ranges.RECRUIT_CAP.checkInt(spec, "--recruit-cap", value);
    }

    @Option(names = "--evaluate", paramLabel = "HOW",
            description = "greedy (the fast in-house-first rule) or simulation (also by the month-by-month market"
                    + " simulation; needs a lac_projection section) (sets plan.evaluate; default greedy).")
    String evaluate;

    @Mixin
    DataRootOption dataRoot;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the CSV results, replaced whole (none written if absent).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = withOptions(ScenarioLoader.load(scenarioDir, dataRoot.root()));
        List<Path> inputs = Inputs.of(scenario, scenarioDir, dataRoot.root());
        if (out != null) {
            ResultsFolder.check(out, "--out", inputs);
        }
        PlanCapability capability = new PlanCapability();
        ProblemCollector problems = new ProblemCollector();
        PlanSettings settings = capability.settings(scenario, problems);
        var stderr = spec.commandLine().getErr();
        problems.warnings().forEach(w -> stderr.println(w));
        problems.throwIfErrors();
        PipelineContext context = new PipelineContext(scenario, seed.seed(), quick.quick(), stderr::println);
        PlanResult result = capability.run(settings, context);
        List<Table> tables = capability.tables(result);
        if (out != null) {
            ResultsFolder.write(out, "--out", inputs, directory -> {
                for (Table table : tables) {
                    directory.write(table.name() + ".csv", w -> CsvTableWriter.write(table, w));
                }
            });
        }
        var stdout = spec.commandLine().getOut();
        stdout.print(PlanTable.render(result));
        if (out != null) {
            stdout.println("Results written to " + out + " (" + String.join(", ",
                    tables.stream().map(t -> t.name() + ".csv").toList()) + ").");
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Each option given becomes an override of its plan key, which then names the option in any problem. */
    private Scenario withOptions(Scenario scenario) {
        String section = PlanSettingsReader.SECTION;
        Scenario s = scenario;
        if (years.years() != null) {
            s = s.withSetting(section, "years", IntNode.valueOf(years.years()), "--years");
        }
        if (simulations.simulations() != null) {
            s = s.withSetting(section, "simulations", IntNode.valueOf(simulations.simulations()), "--simulations");
        }
        if (recruit != null) {
            s = s.withSetting(section, "recruit", TextNode.valueOf(String.join(",", recruit)), "--recruit");
        }
        if (goal != null) {
            s = s.withSetting(section, "goal", TextNode.valueOf(goal), "--goal");
        }
        if (goalProbability != null) {
            s = s.withSetting(section, "goal_probability", DoubleNode.valueOf(goalProbability), "--goal-probability");
        }
        if (evaluate != null) {
            s = s.withSetting(section, "evaluate", TextNode.valueOf(evaluate), "--evaluate");
        }
        if (recruitCap != null) {
            s = s.withSetting(section, "supply.recruit_cap_per_year", IntNode.valueOf(recruitCap), "--recruit-cap");
        }
        return s;
    }
}
