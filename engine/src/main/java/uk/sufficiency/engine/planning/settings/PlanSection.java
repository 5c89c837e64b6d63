package uk.sufficiency.engine.planning.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The {@code plan:} section of scenario.yaml as written, bound strictly by
 * {@link uk.sufficiency.model.settings.ConfigSection#bind}: every key is optional (null = the
 * documented default), unknown keys and wrong types are reported with their file and line.
 * {@code recruit} and {@code supply.progression_rate} take two shapes each, so they stay trees
 * and are checked by {@link RecruitmentSettings} and {@link SupplySettings}.
 *
 * @param goalProbability the probability with which goal-seek must meet the goal (0.5-0.99)
 * @param evaluate        {@code greedy} (default) or {@code simulation}: how the plan is evaluated
 */
public record PlanSection(Integer years, Integer simulations, Long seed, String fosteringFile,
        String fosteringAuthority, Demand demand, Supply supply, Costs costs, JsonNode recruit, String goal,
        Double goalProbability, String evaluate) {

    /** {@code plan.demand}. */
    public record Demand(String source, Double growthPerYear, Double growthSd, Double dispersion) {
    }

    /** {@code plan.supply}. */
    public record Supply(List<RetirementBandSetting> retirement, Double otherDeregistrationRate,
            Double leadTimeMonths, JsonNode progressionRate, Double unusablePlaceShare, Double placesPerNewHousehold,
            Integer recruitAge, Double baselineRecruitsPerYear, Integer recruitCapPerYear,
            Double recruitmentYieldSd) {
    }

    /** One {@code plan.supply.retirement} band. */
    public record RetirementBandSetting(Integer minAge, Integer maxAge, Double rate) {
    }

    /**
     * {@code plan.costs}: what the plan spends that is not a placement price. The placement prices
     * ({@code ifa_weekly_gbp} and the rest) moved to the scenario's one price list
     * ({@code unit_costs.weekly_gbp}); they are still bound so that setting one is an error saying
     * where it went rather than an unknown key.
     */
    public record Costs(Double externalBudgetGbpPerYear, Double recruitmentGbpPerHousehold, Double ifaWeeklyGbp,
            Double residentialWeeklyGbp, Double residentialInHouseWeeklyGbp, Double supportedWeeklyGbp,
            Double supportedInHouseWeeklyGbp) {
    }

    /** Absent sub-sections bind as empty ones, so their defaults apply. */
    public PlanSection {
        demand = demand == null ? new Demand(null, null, null, null) : demand;
        supply = supply == null ? new Supply(null, null, null, null, null, null, null, null, null, null) : supply;
        costs = costs == null ? new Costs(null, null, null, null, null, null, null) : costs;
    }
}
