package uk.sufficiency.engine.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

class MarketCapabilityTest {

    @TempDir
    Path dir;

    private static MarketResult run(Scenario scenario, Long seed) {
        MarketCapability capability = new MarketCapability();
        ProblemCollector problems = new ProblemCollector();
        MarketInputs inputs = capability.settings(scenario, problems);
        problems.throwIfErrors();
        assertNotNull(inputs);
        return capability.run(inputs, new PipelineContext(scenario, seed, false, null));
    }

    @Test
    void whereSupplyMeetsDemandEveryChildIsPlacedEveryMonth() throws Exception {
        // 600 places for 60 children and about 17 entrants a month: every child fits every carer
        MarketResult result = run(MarketTestScenario.write(dir, 60, 200, 3, 0), 3L);
        for (int t = 0; t < result.months(); t++) {
            assertEquals(0.0, result.interval(MarketMeasure.WAITING, t).upper95(), "month " + t);
            double placed = 0;
            for (var category : uk.sufficiency.model.placement.PlannerCategory.values()) {
                placed += result.interval(MarketMeasure.placed(category), t).mean();
            }
            assertEquals(result.interval(MarketMeasure.IN_CARE, t).mean(), placed, 1e-9);
        }
        assertTrue(result.interval(MarketMeasure.ENTERED, 0).mean() > 5, "children enter from the LAC model");
        assertTrue(result.interval(MarketMeasure.PLACED_IN_HOUSE_FOSTER, 11).mean() > 60, "entrants are placed");
    }

    @Test
    void whereSupplyIsCutChildrenWaitAndTheWaitGrows() throws Exception {
        MarketResult ample = run(MarketTestScenario.write(dir.resolve("ample"), 60, 200, 3, 0), 3L);
        MarketResult cut = run(MarketTestScenario.write(dir.resolve("cut"), 60, 40, 1, 0), 3L);
        int last = cut.months() - 1;
        assertEquals(40.0, cut.interval(MarketMeasure.PLACED_IN_HOUSE_FOSTER, last).mean(), 1e-9,
                "the 40 places stay full");
        double waiting = cut.interval(MarketMeasure.WAITING, last).mean();
        assertTrue(waiting > 20 + cut.interval(MarketMeasure.WAITING, 0).mean(), "waiting grows: " + waiting);
        assertTrue(cut.interval(MarketMeasure.LONGEST_WAIT, last).mean() >= last, "someone waited from the start");
        assertTrue(cut.interval(MarketMeasure.MEAN_WAIT, last).mean() > 1);
        assertEquals(0.0, ample.interval(MarketMeasure.WAITING, last).mean());
        assertTrue(cut.interval(MarketMeasure.WEEKLY_COST, last).mean()
                < ample.interval(MarketMeasure.WEEKLY_COST, last).mean(), "waiting children are not placed or priced");
    }

    @Test
    void recruitmentAfterTheLeadTimeRelievesTheWaiting() throws Exception {
        MarketResult none = run(MarketTestScenario.write(dir.resolve("none"), 60, 40, 1, 0), 5L);
        MarketResult recruiting = run(MarketTestScenario.write(dir.resolve("recruiting"), 60, 40, 1, 60), 5L);
        int last = none.months() - 1;
        assertTrue(recruiting.interval(MarketMeasure.IN_HOUSE_HOUSEHOLDS, last).mean() > 60);
        assertEquals(40.0, recruiting.interval(MarketMeasure.IN_HOUSE_HOUSEHOLDS, 2).mean(), 1e-9,
                "no household is approved before the 6 months' lead time");
        assertTrue(recruiting.interval(MarketMeasure.WAITING, last).mean()
                < none.interval(MarketMeasure.WAITING, last).mean() - 10);
    }

    @Test
    void theSameSeedGivesTheSameTablesAndAnotherSeedOthers() throws Exception {
        Scenario scenario = MarketTestScenario.write(dir, 60, 40, 1, 12);
        MarketCapability capability = new MarketCapability();
        List<Table> first = capability.tables(run(scenario, 11L));
        List<Table> again = capability.tables(run(scenario, 11L));
        List<Table> other = capability.tables(run(scenario, 12L));
        assertEquals(first, again);
        assertFalse(first.get(0).rows().equals(other.get(0).rows()));
    }

    @Test
    void everyMeasureIsWrittenForEveryMonthWithTheSharedIntervalColumns() throws Exception {
        MarketResult result = run(MarketTestScenario.write(dir, 60, 40, 1, 12), 1L);
        List<Table> tables = new MarketCapability().tables(result);
        Table placements = tables.get(0);
        assertEquals(MarketTables.PLACEMENTS, placements.name());
        assertEquals(List.of("month_end", "placement", "mean_children", "median_children", "lower_80_children",
                "upper_80_children", "lower_95_children", "upper_95_children"), placements.columns());
        assertEquals(12 * MarketTables.PLACEMENT_ROWS.size(), placements.rows().size());
        Table levels = tables.stream().filter(t -> t.name().equals(MarketTables.SKILL_LEVELS)).findFirst().orElseThrow();
        assertEquals(12 * 6 * 3, levels.rows().size());
        Table years = tables.stream().filter(t -> t.name().equals(MarketTables.COST_BY_YEAR)).findFirst().orElseThrow();
        assertEquals(1, years.rows().size());
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 12}, result.recruitsPerYear(), 1e-9);
    }

    @Test
    void unknownKeysAndOutOfRangeValuesAreProblemsAtTheirLine() throws Exception {
        MarketTestScenario.write(dir, 10, 5, 1, 0);
        Path yaml = dir.resolve("scenario.yaml");
        String text = java.nio.file.Files.readString(yaml);
        java.nio.file.Files.writeString(yaml, text.replace("  months: 12", "  monthz: 3"));
        ProblemCollector unknown = new ProblemCollector();
        assertEquals(null, new MarketCapability().settings(uk.sufficiency.model.scenario.ScenarioLoader.load(dir), unknown));
        assertTrue(unknown.problems().toString().contains("unknown key 'monthz'"), unknown.problems().toString());
        java.nio.file.Files.writeString(yaml, text.replace("  months: 12", "  months: 0"));
        ProblemCollector range = new ProblemCollector();
        assertEquals(null, new MarketCapability().settings(uk.sufficiency.model.scenario.ScenarioLoader.load(dir), range));
        String problem = range.problems().get(0).describe();
        assertTrue(problem.contains("scenario.yaml:17") && problem.contains("simulation.months")
                && problem.contains("from 1 to 240"), problem);
    }
}
