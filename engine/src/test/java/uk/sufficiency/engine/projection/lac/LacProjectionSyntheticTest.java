package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.ssda903.Ssda903Data;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.engine.testdata.TestData;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.validation.InvalidInputException;

/** End to end on the synthetic SSDA903 sample: fit, project, backtest, write. */
class LacProjectionSyntheticTest {

    @TempDir
    Path out;

    @Test
    void backtestsOnTheSyntheticSampleAndWritesEveryReport() throws IOException {
        LacProjectionConfig config = LacProjectionConfig.defaults();
        Ssda903Data data = new Ssda903Reader(config.categoryMap()).read(TestData.ssda903Synthetic());
        EpisodeHistory history = new EpisodeHistory(data);
        LacProjectionResult result = LacProjection.run(config, history, null, new ArrayList<>(data.dataQuality()), 2, 200, 11);

        Backtest backtest = result.backtest();
        assertNull(backtest.skipReason());
        assertEquals(java.time.LocalDate.of(2020, 3, 31), backtest.origin());
        assertEquals(24, backtest.totals().size());
        StateSpace space = result.space();
        for (Backtest.Row row : backtest.totals()) {
            int actual = 0;
            for (int[] byBand : history.stockAt(space, row.monthEnd())) {
                for (int v : byBand) {
                    actual += v;
                }
            }
            assertEquals(actual, row.actual());
        }
        // The first month cannot be far off: the stock at the origin is known and one month of flows is small.
        Backtest.Row first = backtest.totals().get(0);
        assertTrue(Math.abs(first.error()) < 0.1 * first.actual(), first.toString());
        assertTrue(Double.isFinite(backtest.meanAbsolutePercentageError()));

        LacOutputWriter.write(result, new OutputDirectory(out));
        for (String file : List.of(LacOutputWriter.COUNTS, LacOutputWriter.COSTS, LacOutputWriter.FLOWS,
                LacOutputWriter.RATES, LacOutputWriter.ENTRY_RATES, LacOutputWriter.DATA_QUALITY,
                LacOutputWriter.BACKTEST, LacOutputWriter.RUN)) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        List<String> counts = Files.readAllLines(out.resolve(LacOutputWriter.COUNTS));
        assertEquals("month_end,category,age_band,mean,lower_95,lower_80,median,upper_80,upper_95", counts.get(0));
        int series = (space.categoryCount() + 1) * (space.bands().size() + 1);
        assertEquals(1 + 24 * series, counts.size());
        List<String> costs = Files.readAllLines(out.resolve(LacOutputWriter.COSTS));
        assertTrue(costs.get(1).startsWith("2022-23,all,12,"), costs.get(1));
        assertEquals(1 + data.dataQuality().size(), Files.readAllLines(out.resolve(LacOutputWriter.DATA_QUALITY)).size());
    }

    @Test
    void aReferenceWindowLongerThanTheHistoryIsAnInputError() {
        LacProjectionConfig config = LacProjectionConfig.defaults().withReferenceWindow("7y");
        Ssda903Data data = new Ssda903Reader(config.categoryMap()).read(TestData.ssda903Synthetic());
        assertThrows(InvalidInputException.class,
                () -> LacProjection.run(config, new EpisodeHistory(data), null, List.of(), 1, 20, 1));
    }
}
