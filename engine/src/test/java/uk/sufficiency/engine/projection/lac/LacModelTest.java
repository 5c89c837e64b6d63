package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conservation, renormalisation, scenario edits, costs and reproducibility of the simulation. */
class LacModelTest {

    private static final LocalDate BASE = LocalDate.of(2022, 3, 31);
    private static final LacProjectionConfig DEFAULTS = LacProjectionConfig.defaults();
    private static final LacStates SPACE = DEFAULTS.states();

    /** Every state: 1000 child-months, 2% a month leave, 1% a month move to IFA, the rest stay; 5 entries a month. */
    private static Observations observations(int children, int ageMonths) {
        int k = SPACE.categoryCount();
        double[][] counts = new double[SPACE.stateCount()][k + 1];
        double[] entries = new double[SPACE.stateCount()];
        for (int s = 0; s < counts.length; s++) {
            counts[s][SPACE.exitOutcome()] = 20;
            counts[s][1] += 10;
            counts[s][SPACE.categoryOfState(s)] += 970;
            entries[s] = 60.0 / counts.length * 12;
        }
        List<ChildState> population = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            population.add(new ChildState(ageMonths, i % k, 0));
        }
        return new Observations(BASE.minusYears(1), BASE, 12, counts, entries, new double[12],
                new int[SPACE.bands().size()][0], population);
    }

    private static SimulationResult simulate(Observations obs, LacProjectionConfig config, int months, long seed) {
        return simulate(obs, config, months, seed, RateDrift.NONE);
    }

    private static SimulationResult simulate(Observations obs, LacProjectionConfig config, int months, long seed,
            RateDrift drift) {
        TransitionPosterior posterior = new TransitionPosterior(SPACE, obs.outcomeCounts(), config.priorStrength());
        EntryModel entries = EntryModel.fit(config.entryMode(), obs, SPACE, config.priorStrength(), null);
        return LacSimulator.run(new LacSimulator.Inputs(posterior, entries, obs.entryAgesByBand(), obs.population(),
                BASE, months, new ScenarioEdits(config, SPACE), drift), 200, seed);
    }

    private static LacProjectionConfig withEdits(List<LacProjectionSettings.RateEdit> rates,
            List<LacProjectionSettings.EntryEdit> entries, List<LacProjectionSettings.DurationCap> caps) {
        return DEFAULTS.withEdits(rates, entries, caps);
    }

    private static final LacProjectionSettings.RateEdit NO_EXITS =
            new LacProjectionSettings.RateEdit(null, "exit", null, 0.0, null, null, null);
    private static final LacProjectionSettings.EntryEdit NO_ENTRIES =
            new LacProjectionSettings.EntryEdit(null, null, 0.0, null, null, null);

    private static double meanStock(SimulationResult r, int t) {
        double sum = 0;
        for (int i = 0; i < r.simulations(); i++) {
            sum += r.stock(i, t, -1, -1);
        }
        return sum / r.simulations();
    }

    @Test
    void withoutEntriesAndExitsTheTotalIsConstantWhileChildrenStillMove() {
        var config = withEdits(List.of(NO_EXITS), List.of(NO_ENTRIES), List.of());
        SimulationResult r = simulate(observations(70, 24), config, 36, 1);
        boolean moved = false;
        for (int i = 0; i < r.simulations(); i++) {
            for (int t = 0; t < r.months().size(); t++) {
                assertEquals(70, r.stock(i, t, -1, -1), "simulation " + i + " month " + t);
                assertEquals(0, r.entries()[i][t]);
                assertEquals(0, r.exits()[i][t]);
            }
            moved |= r.stock(i, 35, 1, -1) != 10;
        }
        assertTrue(moved, "transitions between categories still happen");
    }

    @Test
    void childrenLeaveCareOnTheir18thBirthday() {
        var config = withEdits(List.of(NO_EXITS), List.of(NO_ENTRIES), List.of());
        SimulationResult r = simulate(observations(30, 18 * 12 - 3), config, 6, 1);
        assertEquals(30, r.stock(0, 1, -1, -1));
        assertEquals(0, r.stock(0, 2, -1, -1));
        assertEquals(30, r.exits()[0][2]);
    }

    @Test
    void renormalisationKeepsEditedRatesAndTheRelativeOddsOfTheRest() {
        double[] row = {0.90, 0.05, 0.03, 0.02};
        double[] p = ScenarioEdits.renormalise(new double[] {0.90, 0.05, 0.03, 0.04}, new boolean[] {false, false, false, true});
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-12);
        assertEquals(0.04, p[3], 1e-12);
        assertEquals(row[0] / row[1], p[0] / p[1], 1e-9);
        double[] over = ScenarioEdits.renormalise(new double[] {0.5, 0.9, 0.6, 0.1}, new boolean[] {false, true, true, false});
        assertEquals(1.0, over[0] + over[1] + over[2] + over[3], 1e-12);
        assertEquals(0.0, over[0]);
        assertEquals(0.9 / 1.5, over[1], 1e-12);
        double[] clipped = ScenarioEdits.renormalise(new double[] {0.9, 0.05, 0.03, -0.5}, new boolean[] {false, false, false, true});
        assertEquals(0.0, clipped[3]);
        assertEquals(1.0, clipped[0] + clipped[1] + clipped[2], 1e-12);
    }

    @Test
    void editedRateRowsAlwaysStayValidProbabilities() {
        var add = new LacProjectionSettings.RateEdit("ifa_foster", "residential_external", null, null, 0.7, null, null);
        var times = new LacProjectionSettings.RateEdit(null, "exit", "10-16", 30.0, null, null, null);
        ScenarioEdits edits = new ScenarioEdits(withEdits(List.of(add, times), List.of(), List.of()), SPACE);
        TransitionPosterior posterior = new TransitionPosterior(SPACE, observations(1, 24).outcomeCounts(), 1.0);
        double[][] p = edits.applyRates(posterior.means(), java.time.YearMonth.of(2022, 4));
        for (double[] row : p) {
            double sum = 0;
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1);
                sum += v;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void doublingTheExitRateLowersTheStock() {
        Observations obs = observations(600, 60);
        SimulationResult base = simulate(obs, withEdits(List.of(), List.of(), List.of()), 24, 7);
        var doubled = new LacProjectionSettings.RateEdit(null, "exit", null, 2.0, null, null, null);
        SimulationResult edited = simulate(obs, withEdits(List.of(doubled), List.of(), List.of()), 24, 7);
        assertTrue(meanStock(edited, 23) < meanStock(base, 23) - 50,
                meanStock(edited, 23) + " vs " + meanStock(base, 23));
        int lower = 0;
        for (int i = 0; i < base.simulations(); i++) {
            lower += edited.stock(i, 23, -1, -1) < base.stock(i, 23, -1, -1) ? 1 : 0;
        }
        assertTrue(lower > 190, "lower in " + lower + " of 200 simulations");
    }

    @Test
    void timePhasedEditsOnlyActInTheirMonths() {
        var later = new LacProjectionSettings.EntryEdit(null, null, 0.0, null, LocalDate.of(2023, 4, 1), null);
        SimulationResult r = simulate(observations(100, 60), withEdits(List.of(), List.of(later), List.of()), 24, 3);
        int before = 0;
        for (int i = 0; i < r.simulations(); i++) {
            for (int t = 0; t < 24; t++) {
                if (t < 12) {
                    before += r.entries()[i][t];
                } else {
                    assertEquals(0, r.entries()[i][t], "no entries from April 2023");
                }
            }
        }
        assertTrue(before > 0);
    }

    @Test
    void aDurationCapMovesChildrenOutOfTheCategory() {
        var cap = new LacProjectionSettings.DurationCap("residential_external", 6, "in_house_foster", 1.0, null, null);
        var config = withEdits(List.of(NO_EXITS), List.of(NO_ENTRIES), List.of(cap));
        List<ChildState> kids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            kids.add(new ChildState(120, SPACE.categoryIndex("residential_external"), i % 6));
        }
        Observations obs = observations(0, 0);
        obs = new Observations(obs.windowStart(), obs.windowEnd(), 12, obs.outcomeCounts(), obs.entryCounts(),
                obs.monthlyEntries(), obs.entryAgesByBand(), kids);
        SimulationResult r = simulate(obs, config, 12, 5);
        int resi = SPACE.categoryIndex("residential_external");
        for (int i = 0; i < r.simulations(); i++) {
            // By month 7 everyone who stayed reached 6 months and was moved; only later movers-in remain.
            assertTrue(r.stock(i, 6, resi, -1) <= 3, "simulation " + i + ": " + r.stock(i, 6, resi, -1));
        }
    }

    @Test
    void costsAreWeeklyUnitCostTimesDaysOverSevenWithInflation() {
        var config = withEdits(List.of(new LacProjectionSettings.RateEdit(null, "exit", null, 0.0, null, null, null),
                new LacProjectionSettings.RateEdit(null, "in_house_foster", null, 0.0, null, null, null)),
                List.of(NO_ENTRIES), List.of());
        // One child in in-house fostering (index 0), who can neither leave nor move.
        var stayOnly = new double[SPACE.stateCount()][SPACE.categoryCount() + 1];
        for (int s = 0; s < stayOnly.length; s++) {
            stayOnly[s][SPACE.categoryOfState(s)] = 1e9;
        }
        Observations obs = new Observations(BASE.minusYears(1), BASE, 12, stayOnly, new double[SPACE.stateCount()],
                new double[12], new int[SPACE.bands().size()][0], List.of(new ChildState(60, 0, 0)));
        var noMoves = withEdits(List.of(NO_EXITS), List.of(NO_ENTRIES), List.of());
        SimulationResult r = simulate(obs, noMoves, 24, 1);
        assertEquals(List.of(2022, 2023), r.financialYears());
        assertEquals(365.0, r.careDays()[0][0], 1e-9, "April 2022 - March 2023 has 365 days");
        assertEquals(366.0, r.careDays()[0][SPACE.categoryCount()], 1e-9, "April 2023 - March 2024 has 366 days");
        // Priced at 1 October 2022 (the middle of 2022-23) with 10% a year inflation by days / 365.25.
        var unitCosts = new uk.sufficiency.model.cost.UnitCosts(LocalDate.of(2022, 10, 1), 0.10, new java.util.EnumMap<>(uk.sufficiency.model.placement.PlacementType.class),
                uk.sufficiency.model.cost.FeeTable.defaults(), List.of());
        LacPrices costs = new LacPrices(unitCosts, new double[] {700, 0, 0, 0, 0, 0, 0}, List.of());
        assertEquals(100.0, costs.dailyGbp(0, 2022), 1e-9);
        assertEquals(365 * 100.0, r.careDays()[0][0] * costs.dailyGbp(0, 2022), 1e-6);
        assertEquals(366 * 100.0 * Math.pow(1.10, 365 / 365.25),
                r.careDays()[0][SPACE.categoryCount()] * costs.dailyGbp(0, 2023), 1e-6);
        assertEquals("2023-24", LacPrices.financialYearLabel(2023));
        assertFalse(config.rateEdits().isEmpty());
    }

    @Test
    void sameSeedSameResultsDifferentSeedDifferentResults() {
        Observations obs = observations(200, 60);
        var config = withEdits(List.of(), List.of(), List.of());
        SimulationResult a = simulate(obs, config, 12, 42);
        SimulationResult b = simulate(obs, config, 12, 42);
        SimulationResult c = simulate(obs, config, 12, 43);
        for (int i = 0; i < a.simulations(); i++) {
            assertArrayEquals(a.stock()[i], b.stock()[i]);
            assertArrayEquals(a.careDays()[i], b.careDays()[i]);
        }
        boolean differs = false;
        for (int i = 0; i < a.simulations(); i++) {
            differs |= !java.util.Arrays.equals(a.stock()[i], c.stock()[i]);
        }
        assertTrue(differs);
    }

    @Test
    void rateDriftWidensTheIntervalsAndGrowsWithTheHorizon() {
        Observations obs = observations(400, 60);
        var config = withEdits(List.of(), List.of(), List.of());
        SimulationResult fixed = simulate(obs, config, 36, 9);
        SimulationResult drifting = simulate(obs, config, 36, 9, new RateDrift(0.3, 0.3, 0));
        double fixedWidth = width(fixed, 35);
        double driftWidth = width(drifting, 35);
        assertTrue(driftWidth > 1.5 * fixedWidth, driftWidth + " vs " + fixedWidth);
        assertTrue(width(drifting, 35) > width(drifting, 11), "wider 3 years ahead than 1");
    }

    @Test
    void noDriftDrawsMultipliersOfOne() {
        double[][] m = RateDrift.NONE.draw(new uk.sufficiency.engine.random.SplitMixRandom(1), 24);
        for (double[] series : m) {
            for (double v : series) {
                assertEquals(1.0, v);
            }
        }
    }

    private static double width(SimulationResult r, int t) {
        var interval = r.stockInterval(t, -1, -1);
        return interval.upper95() - interval.lower95();
    }

    @Test
    void sparseCellsNeverGetProbabilityZero() {
        double[][] counts = new double[SPACE.stateCount()][SPACE.categoryCount() + 1];
        counts[SPACE.state(3, 0)][0] = 500;
        TransitionPosterior p = new TransitionPosterior(SPACE, counts, 1.0);
        for (int s = 0; s < SPACE.stateCount(); s++) {
            double sum = 0;
            for (int o = 0; o <= SPACE.exitOutcome(); o++) {
                assertTrue(p.mean(s, o) > 0);
                sum += p.mean(s, o);
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }
}
