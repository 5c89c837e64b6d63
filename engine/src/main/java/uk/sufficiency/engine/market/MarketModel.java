package uk.sufficiency.engine.market;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.engine.planning.supply.SupplyParameters;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Everything every simulation shares, read-only: the scenario at its as-of date, its prices, the
 * looked-after children model, the planner's supply parameters and recruitment, and the settings.
 *
 * @param recruitsByYear  {@code [year][level]}, year 0 = the first 12 simulated months, level 1-6: households
 *                        recruited a year, the plan's baseline plus its extra; the last year's rate continues
 * @param yield           each simulation's share of planned recruitment achieved
 * @param months          the simulated months, the first the month after the as-of date
 */
record MarketModel(Scenario scenario, UnitCosts prices, LacFlows flows, SupplyParameters supply,
        double[][] recruitsByYear, RecruitmentYield yield, MarketSettings settings, List<YearMonth> months,
        MatchingOptions serviceOptions, EntrantMix entrants, List<Placement> recruitTemplates,
        List<Placement> externalTemplates) {

    public MarketModel {
        recruitsByYear = copy(recruitsByYear);
        months = List.copyOf(months);
        recruitTemplates = List.copyOf(recruitTemplates);
        externalTemplates = List.copyOf(externalTemplates);
    }

    /** The model for a scenario: months from its as-of date, templates from its placements and children. */
    static MarketModel of(Scenario scenario, LacFlows flows, SupplyParameters supply, double[][] recruitsByYear,
            RecruitmentYield yield, MarketSettings settings, long seed) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth base = YearMonth.from(scenario.asOfDate());
        for (int t = 1; t <= settings.months(); t++) {
            months.add(base.plusMonths(t));
        }
        List<Placement> recruits = scenario.placements().stream()
                .filter(p -> p.type() == PlacementType.IN_HOUSE_FOSTER).toList();
        List<Placement> external = scenario.placements().stream().filter(p -> !p.type().isInHouse()).toList();
        MatchingOptions options = MatchingOptions.steps(seed, settings.matcherSteps());
        return new MarketModel(scenario, scenario.unitCosts(), flows, supply, recruitsByYear, yield, settings, months,
                options, new EntrantMix(scenario, flows), recruits, external);
    }

    @Override
    public double[][] recruitsByYear() {
        return copy(recruitsByYear);
    }

    /** Households recruited a year by level in the first simulated year. */
    double[] recruitsPerYear() {
        return recruitsByYear[0].clone();
    }

    private static double[][] copy(double[][] byYear) {
        if (byYear.length == 0) {
            throw new IllegalArgumentException("recruitment for at least one year is needed");
        }
        double[][] copy = new double[byYear.length][];
        for (int y = 0; y < byYear.length; y++) {
            copy[y] = byYear[y].clone();
        }
        return copy;
    }
}
