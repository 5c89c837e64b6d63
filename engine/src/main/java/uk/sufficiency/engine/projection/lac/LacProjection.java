package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.pipeline.ProgressListener;

/** Fits the stock-flow model in the projection's time frame, simulates it forward, and backtests it. */
public final class LacProjection {

    private static final Logger LOG = LoggerFactory.getLogger(LacProjection.class);

    private LacProjection() {
    }

    /** Runs the projection and its backtests with {@code simulations} simulations from {@code seed}. */
    public static LacProjectionResult run(LacProjectionInputs in, int simulations, long seed, ProgressListener progress) {
        LacProjectionConfig config = in.config();
        LacTimeFrame frame = in.timeFrame();
        LacStates space = config.states();
        LacFit fit = LacFit.at(config, in.history(), in.population(), frame.windowEnd());
        progress.note("LAC projection: " + simulations + " simulations of " + frame.months() + " months from " + frame.base());
        SimulationResult paths = fit.simulate(in.history(), frame.base(), frame.months(), new ScenarioEdits(config, space),
                simulations, seed);
        LacBacktest backtest = LacBacktest.run(config, in.history(), in.population(), simulations, seed, progress);
        LOG.info("LAC projection from {}: {} months, {} simulations; rate drift sd entries {} exits {} a year; {}",
                frame.base(), frame.months(), simulations, String.format("%.3f", fit.drift().entrySdPerYear()),
                String.format("%.3f", fit.drift().exitSdPerYear()), backtest.sentence());
        return new LacProjectionResult(frame, in.history().childrenAt(space, frame.base()).size(), config.categories(), space, in.history().describe(), fit, paths,
                in.prices(), backtest, recorded(in.history(), space, paths), in.dataQuality(), in.assumptions(),
                simulations, seed);
    }

    /** Children in care the history recorded at projected month ends (a history running past the as-of date). */
    private static Map<LocalDate, Integer> recorded(LacHistory history, LacStates space, SimulationResult paths) {
        Map<LocalDate, Integer> recorded = new LinkedHashMap<>();
        for (var month : paths.months()) {
            LocalDate end = month.atEndOfMonth();
            if (history.isSnapshot(end)) {
                int total = 0;
                for (int[] byBand : history.stockAt(space, end)) {
                    for (int v : byBand) {
                        total += v;
                    }
                }
                recorded.put(end, total);
            }
        }
        return recorded;
    }
}
