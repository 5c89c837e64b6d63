package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/** Fits the stock-flow model to a history, simulates it forward, and backtests it. */
public final class LacProjection {

    private static final Logger LOG = LoggerFactory.getLogger(LacProjection.class);

    private LacProjection() {
    }

    /**
     * Runs a projection of {@code years} years from the last month end of the history.
     *
     * @param population  child population projection, required when entries.mode is population
     * @throws InvalidInputException if the history is too short for the reference window
     */
    public static LacProjectionResult run(LacProjectionConfig config, LacHistory history,
            PopulationProjection population, List<Problem> dataQuality, int years, int simulations, long seed) {
        StateSpace space = new StateSpace(config.categoryIds(), AgeBands.parse(config.ageBands()));
        int window = LacConfigLoader.windowMonths(config.referenceWindow());
        LocalDate base = history.lastSnapshot();
        LocalDate windowStart = monthEnd(base, -window);
        if (windowStart.isBefore(history.firstSnapshot())) {
            long available = java.time.Period.between(YearMonth.from(history.firstSnapshot()).atDay(1),
                    YearMonth.from(base).atDay(1)).toTotalMonths();
            throw InvalidInputException.of(Problem.error(null, 0, "reference_window", config.referenceWindow(),
                    "the reference window is longer than the history (" + available + " months from "
                            + history.firstSnapshot() + " to " + base + ")"));
        }
        Observations obs = history.observe(space, windowStart, base);
        TransitionPosterior transitions = new TransitionPosterior(space, obs.outcomeCounts(), config.priorStrength());
        EntryModel entries = EntryModel.fit(config.entries(), obs, space, config.priorStrength(), population);
        ScenarioEdits edits = new ScenarioEdits(config, space);
        LOG.info("LAC projection: {} children in care at {}, window {} to {}, {} simulations of {} months",
                obs.population().size(), base, windowStart, base, simulations, years * 12);
        SimulationResult simulation = LacSimulator.run(new LacSimulator.Inputs(transitions, entries,
                obs.entryAgesByBand(), obs.population(), base, years * 12, edits), simulations, seed);
        int firstYear = CostModel.financialYearOf(YearMonth.from(base).plusMonths(1));
        double[] weekly = config.categories().stream().mapToDouble(LacProjectionConfig.Category::weeklyCostGbp).toArray();
        CostModel costs = new CostModel(weekly, config.inflationPerYear(),
                config.costBaseYear() == null ? firstYear : config.costBaseYear());
        Backtest backtest = backtest(config, history, population, space, window, simulations, seed);
        return new LacProjectionResult(config, space, history.describe(), obs, transitions, entries, simulation, costs,
                backtest, dataQuality, simulations, seed);
    }

    static LocalDate monthEnd(LocalDate date, int months) {
        return YearMonth.from(date).plusMonths(months).atEndOfMonth();
    }

    /** Fits up to (last snapshot - backtest months) and compares with what the history recorded. */
    static Backtest backtest(LacProjectionConfig config, LacHistory history, PopulationProjection population,
            StateSpace space, int window, int simulations, long seed) {
        int horizon = config.backtestMonths();
        if (horizon == 0) {
            return Backtest.skipped("backtest_months is 0");
        }
        LocalDate base = history.lastSnapshot();
        LocalDate origin = monthEnd(base, -horizon);
        LocalDate windowStart = monthEnd(origin, -window);
        if (windowStart.isBefore(history.firstSnapshot())) {
            return Backtest.skipped("the history is too short: a backtest of " + horizon + " months with a "
                    + window + "-month reference window needs data from " + windowStart);
        }
        Observations obs = history.observe(space, windowStart, origin);
        TransitionPosterior transitions = new TransitionPosterior(space, obs.outcomeCounts(), config.priorStrength());
        EntryModel entries = EntryModel.fit(config.entries(), obs, space, config.priorStrength(), population);
        LacProjectionConfig noEdits = new LacProjectionConfig(config.categories(), config.placementMapping(),
                config.defaultCategory(), config.ageBands(), config.referenceWindow(), config.priorStrength(),
                config.entries(), config.inflationPerYear(), config.costBaseYear(), List.of(), List.of(), List.of(),
                config.backtestMonths(), config.ssda903Dir(), config.aggregatesFile(), config.aggregateMoves());
        SimulationResult sim = LacSimulator.run(new LacSimulator.Inputs(transitions, entries, obs.entryAgesByBand(),
                obs.population(), origin, horizon, new ScenarioEdits(noEdits, space)), simulations, seed);
        List<Backtest.Row> rows = new ArrayList<>();
        for (int t = 0; t < horizon; t++) {
            LocalDate monthEnd = sim.months().get(t).atEndOfMonth();
            int[][] actual = history.stockAt(space, monthEnd);
            if (actual == null) {
                continue;
            }
            for (int c = -1; c < space.categoryCount(); c++) {
                int actualCount = 0;
                for (int k = 0; k < space.categoryCount(); k++) {
                    if (c < 0 || k == c) {
                        for (int v : actual[k]) {
                            actualCount += v;
                        }
                    }
                }
                double[] values = new double[sim.simulations()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = sim.stock(i, t, c, -1);
                }
                rows.add(new Backtest.Row(monthEnd, t + 1, c < 0 ? "all" : space.categories().get(c), actualCount,
                        Distribution.of(values)));
            }
        }
        Backtest result = new Backtest(origin, rows, null);
        LOG.info("LAC backtest from {}: MAPE {}%, 80% coverage {}, 95% coverage {}", origin,
                String.format("%.1f", result.meanAbsolutePercentageError()), String.format("%.2f", result.coverage80()),
                String.format("%.2f", result.coverage95()));
        return result;
    }
}
