package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.testdata.TestData;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.InvalidInputException;

/** End to end on the synthetic SSDA903 sample through the capability: fit, project, backtest, tables. */
class LacProjectionSyntheticTest {

    private static final LacProjectionCapability LAC = new LacProjectionCapability();

    @Test
    void backtestsAtEveryOriginAndBuildsEveryTable() {
        Scenario scenario = LacStandaloneScenario.of(TestData.ssda903Synthetic(), null)
                .withSetting("lac_projection", "years", com.fasterxml.jackson.databind.node.IntNode.valueOf(2), "--years");
        assertEquals(LocalDate.of(2022, 3, 31), scenario.asOfDate(), "a folder of returns is as of its last snapshot");
        LacProjectionResult result = LAC.run(LAC.settingsOrThrow(scenario), new PipelineContext(scenario, 11L, true, null));
        assertEquals(200, result.simulations());
        assertEquals(24, result.monthEnds().size());

        LacBacktest backtest = result.backtest();
        assertNull(backtest.skipReason());
        assertEquals(List.of(LocalDate.of(2021, 3, 31), LocalDate.of(2020, 3, 31), LocalDate.of(2019, 3, 31),
                LocalDate.of(2018, 3, 31)), backtest.origins());
        // 12 + 24 + 24 + 24 month ends (horizon capped at the projection's 24 months)
        assertEquals(84, backtest.totals().size());
        LacStates space = result.states();
        EpisodeHistory history = (EpisodeHistory) LAC.settingsOrThrow(scenario).history();
        for (LacBacktest.Row row : backtest.totals()) {
            int actual = 0;
            for (int[] byBand : history.stockAt(space, row.monthEnd())) {
                for (int v : byBand) {
                    actual += v;
                }
            }
            assertEquals(actual, row.actual());
        }
        // The first month cannot be far off: the stock at the origin is known and one month of flows is small.
        LacBacktest.Row first = backtest.totals().get(0);
        assertTrue(Math.abs(first.error()) < 0.1 * first.actual(), first.toString());
        assertTrue(backtest.sentence().contains("95% intervals held the outcome"), backtest.sentence());

        List<Table> tables = LAC.tables(result);
        Table counts = tables.stream().filter(t -> t.name().equals(LacTables.COUNTS)).findFirst().orElseThrow();
        assertEquals(List.of("month_end", "category", "age_band", "mean", "median", "lower_80", "upper_80", "lower_95",
                "upper_95"), counts.columns());
        int series = (space.categoryCount() + 1) * (space.bands().size() + 1);
        assertEquals(24 * series, counts.rows().size());
        Table costs = tables.stream().filter(t -> t.name().equals(LacTables.COSTS)).findFirst().orElseThrow();
        assertEquals(List.of("2022-23", "all", 12), costs.rows().get(0).subList(0, 3));
        Table quality = tables.stream().filter(t -> t.name().equals(LacTables.DATA_QUALITY)).findFirst().orElseThrow();
        assertEquals(result.dataQuality().size(), quality.rows().size());
        Interval end = result.childrenInCare(23, null, null);
        assertTrue(end.lower95() <= end.median() && end.median() <= end.upper95());
    }

    @Test
    void aReferenceWindowLongerThanTheHistoryIsAnInputError() {
        Scenario scenario = LacStandaloneScenario.of(TestData.ssda903Synthetic(), null).withSetting("lac_projection",
                "reference_window", com.fasterxml.jackson.databind.node.TextNode.valueOf("7y"), "--reference-window");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LAC.settingsOrThrow(scenario));
        assertEquals("--reference-window", e.problems().get(0).column());
    }
}
