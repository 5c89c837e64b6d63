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
 * @param recruitsPerYear index 1-6: households recruited a year, the plan's baseline plus its extra
 * @param yield           each simulation's share of planned recruitment achieved
 * @param months          the simulated months, the first the month after the as-of date
 */
record MarketModel(Scenario scenario, UnitCosts prices, LacFlows flows, SupplyParameters supply,
        double[] recruitsPerYear, RecruitmentYield yield, MarketSettings settings, List<YearMonth> months,
        MatchingOptions serviceOptions, EntrantMix entrants, List<Placement> recruitTemplates,
        List<Placement> externalTemplates) {

    public MarketModel {
        recruitsPerYear = recruitsPerYear.clone();
        months = List.copyOf(months);
        recruitTemplates = List.copyOf(recruitTemplates);
        externalTemplates = List.copyOf(externalTemplates);
    }

    /** The model for a scenario: months from its as-of date, templates from its placements and children. */
    static MarketModel of(Scenario scenario, LacFlows flows, SupplyParameters supply, double[] recruitsPerYear,
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
        return new MarketModel(scenario, scenario.unitCosts(), flows, supply, recruitsPerYear, yield, settings, months,
                options, new EntrantMix(scenario, flows), recruits, external);
    }

    @Override
    public double[] recruitsPerYear() {
        return recruitsPerYear.clone();
    }
}
