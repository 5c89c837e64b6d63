package uk.sufficiency.engine.planning.settings;

import uk.sufficiency.model.child.SkillLevel;
import java.time.LocalDate;
import java.util.Locale;
import uk.sufficiency.engine.planning.allocation.PlacementCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;

/**
 * What the plan pays: placement prices from the scenario's one price list ({@code unit_costs}),
 * and from {@code plan.costs} only what is not a price (the external placements budget and the cost
 * of recruiting a household). The section's old price keys are errors naming where the price lives now.
 *
 * @param placements                the weekly prices by placement and the yearly price index
 * @param externalBudgetGbpPerYear  the external placements budget to compare against
 * @param recruitmentGbpPerHousehold what recruiting and approving one household costs
 */
public record PlanCostSettings(PlacementCosts placements, double externalBudgetGbpPerYear,
        double recruitmentGbpPerHousehold) {

    /** External placements budget 2013/14 (004 L455). */
    static final double DEFAULT_BUDGET = 5_000_000.0;
    static final double DEFAULT_RECRUITMENT_COST = 8_000.0;

    static PlanCostSettings read(PlanSection.Costs costs, Scenario scenario, UnitCosts prices, int years,
            SectionReading in) {
        moved(costs.ifaWeeklyGbp(), "ifa_weekly_gbp", PlacementType.IFA_FOSTER, in);
        moved(costs.residentialWeeklyGbp(), "residential_weekly_gbp", PlacementType.RESIDENTIAL_EXTERNAL, in);
        moved(costs.residentialInHouseWeeklyGbp(), "residential_in_house_weekly_gbp",
                PlacementType.RESIDENTIAL_IN_HOUSE, in);
        moved(costs.supportedWeeklyGbp(), "supported_weekly_gbp", PlacementType.SUPPORTED_ACCOMMODATION, in);
        moved(costs.supportedInHouseWeeklyGbp(), "supported_in_house_weekly_gbp", PlacementType.STAYING_PUT, in);
        double budget = in.number(costs.externalBudgetGbpPerYear(), "/costs/external_budget_gbp_per_year", 0, 1e12,
                "GBP a year", DEFAULT_BUDGET, "GBP per year",
                "DOMAIN.md s1: external placements budget £5m in 2013/14 (004 L455)");
        double recruitment = in.number(costs.recruitmentGbpPerHousehold(), "/costs/recruitment_gbp_per_household", 0,
                1e9, "GBP a household", DEFAULT_RECRUITMENT_COST, "GBP per household",
                "assumption: no figure in the sources; set plan.costs.recruitment_gbp_per_household");
        return new PlanCostSettings(placements(scenario, prices, years, in), budget, recruitment);
    }

    private static void moved(Double value, String key, PlacementType type, SectionReading in) {
        if (value != null) {
            in.error("/costs/" + key, SectionReading.text(value), "placement prices live in the scenario's one price"
                    + " list: set unit_costs.weekly_gbp." + type.word() + " instead of plan.costs." + key);
        }
    }

    private static PlacementCosts placements(Scenario scenario, UnitCosts prices, int years, SectionReading in) {
        LocalDate asOf = scenario.asOfDate();
        double[] inHouse = new double[SkillLevel.SLOTS];
        int fostered = 0;
        for (Child child : scenario.children()) {
            if (child.recommended() == PlacementKind.FOSTER) {
                fostered++;
                int age = child.ageYears(asOf);
                for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                    inHouse[level] += prices.weeklyGbp(PlacementType.IN_HOUSE_FOSTER, level, age);
                }
            }
        }
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            inHouse[level] = fostered == 0 ? prices.weeklyGbp(PlacementType.IN_HOUSE_FOSTER, level)
                    : inHouse[level] / fostered;
            in.derived("in_house_foster_weekly_gbp.L" + level, round2(inHouse[level]), "GBP per child per week",
                    "unit_costs in_house_foster at level " + level + ", averaged over the ages of the children"
                            + " recommended foster care");
        }
        double[] index = new double[years + 1];
        for (int t = 1; t <= years; t++) {
            // a plan year's prices: the list's inflation to the middle of the year
            index[t] = prices.at(1.0, asOf.plusYears(t).minusMonths(6));
        }
        prices.assumptions().forEach(in.assumptions()::add);
        double ifa = prices.weeklyGbp(PlacementType.IFA_FOSTER, 1);
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            if (inHouse[level] > ifa) {
                org.slf4j.LoggerFactory.getLogger(PlanCostSettings.class).warn(String.format(Locale.ROOT,
                        "an in-house level-%d placement (%.0f GBP a week) costs more than IFA (%.0f):"
                                + " recruiting can raise cost", level, inHouse[level], ifa));
            }
        }
        return new PlacementCosts(inHouse, ifa, prices.weeklyGbp(PlacementType.RESIDENTIAL_IN_HOUSE, 1),
                prices.weeklyGbp(PlacementType.RESIDENTIAL_EXTERNAL, 1),
                prices.weeklyGbp(PlacementType.STAYING_PUT, 1, 17),
                prices.weeklyGbp(PlacementType.SUPPORTED_ACCOMMODATION, 1), index);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
