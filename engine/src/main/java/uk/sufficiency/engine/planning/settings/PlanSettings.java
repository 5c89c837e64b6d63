package uk.sufficiency.engine.planning.settings;

import uk.sufficiency.model.child.SkillLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.allocation.PlacementCosts;
import uk.sufficiency.engine.planning.demand.CurrentMix;
import uk.sufficiency.engine.planning.supply.CarerHousehold;
import uk.sufficiency.engine.planning.supply.SupplyParameters;
import uk.sufficiency.model.settings.Assumption;

/**
 * Every input of one plan, bound from the scenario's {@code plan:} section (with any command-line
 * overrides), its price list and its placements; {@link #assumptions()} names the source of each.
 *
 * @param asOf        the scenario's as-of date: plan year t is the 12 months ending on asOf + t years
 * @param sectionSeed {@code plan.seed}, or null; the seed used follows PipelineContext#seed(Long)
 * @param evaluation  how the plan is evaluated: greedy, or by the market simulation as well
 */
public record PlanSettings(
        LocalDate asOf,
        int years,
        int simulations,
        Long sectionSeed,
        DemandSettings demand,
        SupplySettings supplySettings,
        PlanCostSettings costSettings,
        RecruitmentSettings recruitment,
        InHouseStock stock,
        CurrentMix mix,
        PlanEvaluation evaluation,
        List<Assumption> assumptions) {

    public PlanSettings {
        assumptions = List.copyOf(assumptions);
    }

    /** The same settings for one run: its simulations and further assumptions (the seed used, quick mode). */
    public PlanSettings forRun(int runSimulations, List<Assumption> more) {
        List<Assumption> all = new ArrayList<>(assumptions);
        all.addAll(more);
        return new PlanSettings(asOf, years, runSimulations, sectionSeed, demand, supplySettings, costSettings,
                recruitment, stock, mix, evaluation, all);
    }

    /** The same settings evaluated the greedy way only (a sensitivity run, a goal-seek candidate). */
    public PlanSettings greedy() {
        return new PlanSettings(asOf, years, simulations, sectionSeed, demand, supplySettings, costSettings,
                recruitment, stock, mix, PlanEvaluation.GREEDY, assumptions);
    }

    public SupplyParameters supply() {
        return supplySettings.parameters();
    }

    public PlacementCosts costs() {
        return costSettings.placements();
    }

    public List<CarerHousehold> households() {
        return stock.households();
    }

    public double[] baselineRecruitsPerYear() {
        return recruitment.baselinePerYear();
    }

    public double[] extraRecruitsPerYear() {
        return recruitment.extraPerYear();
    }

    public PlanGoal goal() {
        return recruitment.goal();
    }

    public int recruitCapPerYear() {
        return supplySettings.recruitCapPerYear();
    }

    public double externalBudgetGbpPerYear() {
        return costSettings.externalBudgetGbpPerYear();
    }

    public double recruitmentCostGbpPerHousehold() {
        return costSettings.recruitmentGbpPerHousehold();
    }

    /** Label of plan year t: the calendar year in which it ends (as_of plus t years). */
    public int yearLabel(int t) {
        return asOf.plusYears(t).getYear();
    }

    /** The last day of plan year t. */
    public LocalDate yearEnd(int t) {
        return asOf.plusYears(t);
    }

    /** Plan year (1..years) whose label is {@code label}, or -1. */
    public int yearOf(int label) {
        for (int t = 1; t <= years; t++) {
            if (yearLabel(t) == label) {
                return t;
            }
        }
        return -1;
    }

    /** {@code [year][level]} recruitment repeated every year. */
    public static double[][] everyYear(double[] perYear, int years) {
        double[][] plan = new double[years + 1][SkillLevel.SLOTS];
        for (int t = 1; t <= years; t++) {
            plan[t] = perYear.clone();
        }
        return plan;
    }
}
