package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.validation.InvalidInputException;

/** Rates from yearly aggregates: exposure, 18th birthdays, net moves, conservation, window rules. */
class AggregateHistoryTest {

    private static final LacStates SPACE = LacAggregatesReaderTest.SPACE;
    private static final int K = SPACE.categoryCount();
    private static final int NB = SPACE.bands().size();
    private static final int FOSTER = SPACE.categoryIndex("in_house_foster");
    private static final int SUPPORTED = SPACE.categoryIndex("supported");
    private static final int TEEN = SPACE.bands().indexOf("10-16");
    private static final int OLDEST = SPACE.bands().indexOf("16-18");

    /** Two years (2020, 2021); cells set by the caller. */
    private static LacAggregates twoYears(int[][][] stock, int[][][] entries, int[][][] exits) {
        int[][][] lines = new int[2][K][NB];
        lines[1][FOSTER][TEEN] = 9;
        return new LacAggregates(Path.of("agg.csv"), SPACE.categories(), List.of(), 2020, stock, entries, exits, lines);
    }

    private static int[][][] cells() {
        return new int[2][K][NB];
    }

    private static Observations observeYear(AggregateHistory history) {
        return history.observe(SPACE, LocalDate.of(2020, 3, 31), LocalDate.of(2021, 3, 31));
    }

    @Test
    void exitsPerChildMonthAtRiskWith18thBirthdaysTakenOut() {
        int[][][] stock = cells();
        int[][][] entries = cells();
        int[][][] exits = cells();
        stock[0][FOSTER][TEEN] = 120;
        stock[1][FOSTER][TEEN] = 120;
        entries[1][FOSTER][TEEN] = 24;
        exits[1][FOSTER][TEEN] = 24;
        stock[0][SUPPORTED][OLDEST] = 48;
        stock[1][SUPPORTED][OLDEST] = 48;
        entries[1][SUPPORTED][OLDEST] = 30;
        exits[1][SUPPORTED][OLDEST] = 30;
        AggregateHistory history = new AggregateHistory(twoYears(stock, entries, exits), SPACE, true);
        Observations obs = observeYear(history);

        int teen = SPACE.state(TEEN, FOSTER);
        assertEquals(1440 - 24, obs.outcomeCounts()[teen][FOSTER], 1e-9);
        assertEquals(24, obs.outcomeCounts()[teen][SPACE.exitOutcome()], 1e-9);
        // 16-18 is 24 months wide: 12 x 48 / 24 = 24 of the 30 exits are 18th birthdays, and their
        // months are not at risk of any other exit.
        int oldest = SPACE.state(OLDEST, SUPPORTED);
        assertEquals(6, obs.outcomeCounts()[oldest][SPACE.exitOutcome()], 1e-9);
        assertEquals(576 - 24 - 6, obs.outcomeCounts()[oldest][SUPPORTED], 1e-9);
        assertEquals(54, EntryModel.total(obs.entryCounts()), 1e-9);
        assertEquals(12, obs.windowMonths());
        assertEquals(54 / 12.0, obs.monthlyEntries()[0], 1e-9);
        // the base stock, as children spread evenly over their band
        assertEquals(168, obs.population().size());
        assertTrue(obs.population().stream().filter(c -> c.category() == FOSTER)
                .allMatch(c -> c.ageMonths() >= 120 && c.ageMonths() < 192));
        assertTrue(history.warnings().isEmpty());

        TransitionPosterior posterior = new TransitionPosterior(SPACE, obs.outcomeCounts(), 1.0);
        assertEquals(24.0 / 1440, posterior.mean(teen, SPACE.exitOutcome()), 0.001);
    }

    @Test
    void netMovesExplainEachCategorysUnexplainedChangeAtTheReceivingCategorysAges() {
        int[][][] stock = cells();
        stock[0][FOSTER][TEEN] = 100;
        stock[1][FOSTER][TEEN] = 90;
        stock[0][FOSTER][OLDEST] = 20;
        stock[1][FOSTER][OLDEST] = 20;
        stock[0][SUPPORTED][OLDEST] = 10;
        stock[1][SUPPORTED][OLDEST] = 20;
        LacAggregates data = twoYears(stock, cells(), cells());

        Observations net = observeYear(new AggregateHistory(data, SPACE, true));
        assertEquals(10, net.outcomeCounts()[SPACE.state(OLDEST, FOSTER)][SUPPORTED], 1e-9);
        assertEquals(0, net.outcomeCounts()[SPACE.state(TEEN, FOSTER)][SUPPORTED], 1e-9);
        assertEquals(230 - 10, net.outcomeCounts()[SPACE.state(OLDEST, FOSTER)][FOSTER], 1e-9);

        Observations none = observeYear(new AggregateHistory(data, SPACE, false));
        assertEquals(0, none.outcomeCounts()[SPACE.state(OLDEST, FOSTER)][SUPPORTED], 1e-9);
        assertEquals(230, none.outcomeCounts()[SPACE.state(OLDEST, FOSTER)][FOSTER], 1e-9);
    }

    @Test
    void moreExitsThanChildMonthsIsAWarningAndAProbabilityOfOne() {
        int[][][] exits = cells();
        int[][][] entries = cells();
        entries[1][FOSTER][TEEN] = 5;
        exits[1][FOSTER][TEEN] = 5;
        AggregateHistory history = new AggregateHistory(twoYears(cells(), entries, exits), SPACE, true);
        assertEquals(1, history.warnings().size());
        assertEquals(9, history.warnings().get(0).line());
        assertTrue(history.warnings().get(0).rule().contains("2021, in_house_foster, age 10-16"),
                history.warnings().get(0).rule());
    }

    @Test
    void theTotalIsConservedWhenNoChildEntersOrLeaves() {
        int[][][] stock = cells();
        for (int y = 0; y < 2; y++) {
            stock[y][FOSTER][TEEN] = 50;
            stock[y][SPACE.categoryIndex("ifa_foster")][SPACE.bands().indexOf("1-5")] = 30;
            stock[y][SPACE.categoryIndex("connected")][SPACE.bands().indexOf("5-10")] = 25;
        }
        stock[1][FOSTER][TEEN] = 45;
        stock[1][SPACE.categoryIndex("connected")][SPACE.bands().indexOf("5-10")] = 30;
        AggregateHistory history = new AggregateHistory(twoYears(stock, cells(), cells()), SPACE, true);
        var config = LacProjectionConfig.defaults().withEntries("constant", 0).withEdits(
                List.of(new LacProjectionSettings.RateEdit(null, "exit", null, 0.0, null, null, null)),
                List.of(new LacProjectionSettings.EntryEdit(null, null, 0.0, null, null, null)), List.of());
        LacProjectionResult result = LacTestRuns.run(config, history, history.lastSnapshot(), 1, 50, 3);
        SimulationResult sim = result.paths();
        for (int i = 0; i < sim.simulations(); i++) {
            for (int t = 0; t < sim.months().size(); t++) {
                assertEquals(105, sim.stock(i, t, -1, -1));
            }
        }
        assertEquals("backtest_months is 0", result.backtest().skipReason());
    }

    @Test
    void theStockIsKnownOnlyAt31March() {
        int[][][] stock = cells();
        stock[1][FOSTER][TEEN] = 7;
        AggregateHistory history = new AggregateHistory(twoYears(stock, cells(), cells()), SPACE, true);
        assertEquals(LocalDate.of(2020, 3, 31), history.firstSnapshot());
        assertEquals(LocalDate.of(2021, 3, 31), history.lastSnapshot());
        assertEquals(7, history.stockAt(SPACE, LocalDate.of(2021, 3, 31))[FOSTER][TEEN]);
        assertNull(history.stockAt(SPACE, LocalDate.of(2020, 9, 30)));
        assertNull(history.stockAt(SPACE, LocalDate.of(2022, 3, 31)));
        assertThrows(InvalidInputException.class,
                () -> history.observe(SPACE, LocalDate.of(2020, 9, 30), LocalDate.of(2021, 3, 31)));
    }

    @Test
    void windowAndBacktestMustBeWholeYearsAndEntriesNotTrended() {
        var problems = new uk.sufficiency.model.validation.ProblemCollector();
        AggregateHistory.checkSettings(LacProjectionConfig.defaults().withWindowMonths(18), LacTestRuns.SECTION, problems);
        assertEquals(List.of("lac_projection.reference_window"),
                problems.problems().stream().map(uk.sufficiency.model.validation.Problem::column).toList());
        var none = new uk.sufficiency.model.validation.ProblemCollector();
        AggregateHistory.checkSettings(LacProjectionConfig.defaults().withWindowMonths(24), LacTestRuns.SECTION, none);
        assertTrue(none.problems().isEmpty());
        var trended = new uk.sufficiency.model.validation.ProblemCollector();
        AggregateHistory.checkSettings(LacProjectionConfig.defaults().withEntries("trended", 18), LacTestRuns.SECTION, trended);
        assertEquals(List.of("lac_projection.backtest_months", "lac_projection.entries.mode"),
                trended.problems().stream().map(uk.sufficiency.model.validation.Problem::column).toList());
    }
}
