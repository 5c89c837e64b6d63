package uk.sufficiency.engine.planning;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.engine.planning.allocation.PlacementCosts;
import uk.sufficiency.engine.planning.demand.CurrentMix;
import uk.sufficiency.engine.planning.supply.CarerHousehold;
import uk.sufficiency.engine.planning.supply.SupplyParameters;
import uk.sufficiency.model.child.SkillLevel;

/**
 * Every input of one plan, resolved from the scenario, its {@code plan:} section, the command line
 * and documented defaults; {@link #assumptions()} names the source of each.
 *
 * @param baselineRecruitsPerYear index 1-6: households recruited each year in the baseline
 * @param extraRecruitsPerYear    index 1-6: households recruited each year on top, in the plan
 * @param recruitCapPerYear       most households recruited in a year (baseline and extra together)
 * @param residentialInHousePlaces places in the authority's own children's homes (constant)
 * @param supportedInHousePlaces   staying-put and supported-lodgings places (constant)
 * @param demandSource            {@code trend} (the current children grown by a trend) or
 *                                {@code lac_projection} (the scenario's LAC projection paths)
 * @param goal                    target to goal-seek, or null
 */
public record PlanSettings(
        LocalDate asOf,
        int years,
        int simulations,
        long seed,
        String demandSource,
        double growthPerYear,
        double growthSd,
        double dispersion,
        SupplyParameters supply,
        PlacementCosts costs,
        double residentialInHousePlaces,
        double supportedInHousePlaces,
        double externalBudgetGbpPerYear,
        double recruitmentCostGbpPerHousehold,
        double[] baselineRecruitsPerYear,
        double[] extraRecruitsPerYear,
        int recruitCapPerYear,
        PlanGoal goal,
        List<CarerHousehold> households,
        CurrentMix mix,
        List<Assumption> assumptions) {

    public PlanSettings {
        baselineRecruitsPerYear = baselineRecruitsPerYear.clone();
        extraRecruitsPerYear = extraRecruitsPerYear.clone();
        households = List.copyOf(households);
        assumptions = List.copyOf(assumptions);
    }

    /** Label of plan year t: the calendar year in which it ends (as_of plus t years). */
    public int yearLabel(int t) {
        return asOf.plusYears(t).getYear();
    }

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

    @Override
    public double[] baselineRecruitsPerYear() {
        return baselineRecruitsPerYear.clone();
    }

    @Override
    public double[] extraRecruitsPerYear() {
        return extraRecruitsPerYear.clone();
    }
}
