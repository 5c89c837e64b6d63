package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate drift's estimate against hand-computed values. */
class RateDriftTest {

    private static final LacStates SPACE = LacAggregatesReaderTest.SPACE;
    private static final int FOSTER = SPACE.categoryIndex("in_house_foster");
    private static final int TEEN = SPACE.bands().indexOf("10-16");

    /** Three years ending 31 March 2020-2022: 100 in care throughout; entries = exits = 20, then 40, then 40. */
    private static AggregateHistory history() {
        int k = SPACE.categoryCount();
        int nb = SPACE.bands().size();
        int[][][] stock = new int[3][k][nb];
        int[][][] entries = new int[3][k][nb];
        int[][][] exits = new int[3][k][nb];
        for (int y = 0; y < 3; y++) {
            stock[y][FOSTER][TEEN] = 100;
        }
        entries[1][FOSTER][TEEN] = 20;
        exits[1][FOSTER][TEEN] = 20;
        entries[2][FOSTER][TEEN] = 40;
        exits[2][FOSTER][TEEN] = 40;
        return new AggregateHistory(new LacAggregates(Path.of("agg.csv"), SPACE.categories(), List.of(), 2020, stock,
                entries, exits, new int[3][k][nb]), SPACE, true);
    }

    @Test
    void oneYearlyChangeUpdatesThePriorByItsExcessOverPoissonNoise() {
        var prior = new LacProjectionConfig.DriftPrior(0.10, 2.0);
        RateDrift drift = RateDrift.estimate(history(), SPACE, LocalDate.of(2022, 3, 31), prior);
        assertEquals(1, drift.changesObserved());
        // entries: d = log(40.5 / 20.5), v = 1/40.5 + 1/20.5; exits per 1200 child-months the same ratio
        double d = Math.log(40.5 / 20.5);
        double v = 1 / 40.5 + 1 / 20.5;
        double expected = Math.sqrt((2 * 0.01 + d * d - v) / 3);
        assertEquals(expected, drift.entrySdPerYear(), 1e-12);
        assertEquals(expected, drift.exitSdPerYear(), 1e-12);
    }

    @Test
    void withoutAYearlyChangeTheDriftIsThePrior() {
        var prior = new LacProjectionConfig.DriftPrior(0.10, 2.0);
        RateDrift drift = RateDrift.estimate(history(), SPACE, LocalDate.of(2021, 3, 31), prior);
        assertEquals(0, drift.changesObserved());
        assertEquals(0.10, drift.entrySdPerYear(), 1e-12);
        assertEquals(0.10, drift.exitSdPerYear(), 1e-12);
    }
}
