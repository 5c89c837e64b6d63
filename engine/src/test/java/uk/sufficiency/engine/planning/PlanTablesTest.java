package uk.sufficiency.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

class PlanTablesTest {

    private static Scenario scenario() {
        Scenario s = PlanTestScenario.with(PlanTestScenario.load(), "years", 3);
        s = PlanTestScenario.with(s, "simulations", 150);
        return PlanTestScenario.with(s, "recruit", "L3=+5/yr");
    }

    private static Map<String, Table> tables(PlanResult result) {
        return PlanTables.of(result).stream().collect(Collectors.toMap(Table::name, Function.identity()));
    }

    @Test
    void sameSeedGivesIdenticalTablesWithTheOneIntervalColumns() {
        Map<String, Table> a = tables(PlanTestScenario.plan(scenario(), 9L));
        Map<String, Table> b = tables(PlanTestScenario.plan(scenario(), 9L));
        assertEquals(a, b);
        Table byYear = a.get("plan-by-year");
        assertEquals(List.of("scenario", "year", "year_ending", "skill_level", "measure", "unit", "mean", "median",
                "lower_80", "upper_80", "lower_95", "upper_95"), byYear.columns());
        // 2 scenarios x 3 years x 7 levels x 10 measures
        assertEquals(2 * 3 * 7 * PlanMeasure.values().length, byYear.rows().size());
        assertTrue(a.get("plan-gap").columns().containsAll(Interval.columns("gap_children", "")));
        assertTrue(a.get("plan-inputs").rows().stream().anyMatch(r -> r.get(0).equals("extra_recruits_per_year.L3")
                && r.get(1).equals("5") && r.get(3).equals("--recruit")), a.get("plan-inputs").rows().toString());
        assertNotEquals(a.get("plan-gap"), tables(PlanTestScenario.plan(scenario(), 10L)).get("plan-gap"));
    }

    /** Issue 13: the recruitment table showed only total households, not each level. */
    @Test
    void recruitmentIsShownPerLevel() {
        Table recruitment = tables(PlanTestScenario.plan(scenario(), 9L)).get("plan-recruitment");
        assertEquals(3 * 6, recruitment.rows().size());
        assertTrue(recruitment.rows().stream().anyMatch(r -> r.get(1).equals(3) && r.get(3).equals(5.0)));
    }

    /** Issue 13: the "in-house share of foster placements" was the share of all placements. */
    @Test
    void theInHouseShareIsOverFosterPlacementsOnly() {
        PlanResult result = PlanTestScenario.plan(scenario(), 9L);
        PlanEvaluator.Evaluation plan = result.plan();
        double[] share = plan.samples(PlanMeasure.IN_HOUSE_SHARE, 2, PlanEvaluator.ALL);
        double fosterDemand = 0;
        double fosterInHouse = 0;
        for (int level = 1; level <= 6; level++) {
            fosterDemand += plan.samples(PlanMeasure.DEMAND, 2, level)[0];
            fosterInHouse += plan.samples(PlanMeasure.PLACED_IN_HOUSE, 2, level)[0];
        }
        assertEquals(fosterInHouse / fosterDemand, share[0], 1e-12);
        double allKinds = plan.samples(PlanMeasure.PLACED_IN_HOUSE, 2, PlanEvaluator.ALL)[0]
                / plan.samples(PlanMeasure.DEMAND, 2, PlanEvaluator.ALL)[0];
        assertNotEquals(allKinds, share[0], 1e-3);
        Interval interval = PlanTables.share(plan, 2);
        assertTrue(interval.lower80() < interval.upper80(), "the in-house share has an interval: " + interval);
    }

    @Test
    void boundsAreOrderedAroundTheMean() {
        PlanResult result = PlanTestScenario.plan(scenario(), 4L);
        Interval s = Interval.of(result.plan().samples(PlanMeasure.DEMAND, 2, PlanEvaluator.ALL));
        assertTrue(s.lower95() <= s.lower80() && s.lower80() <= s.median() && s.median() <= s.upper80()
                && s.upper80() <= s.upper95());
        assertTrue(s.lower80() < s.mean() && s.mean() < s.upper80());
    }
}
