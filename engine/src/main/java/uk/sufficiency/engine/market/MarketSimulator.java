package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.model.child.SkillLevel;

/**
 * Runs every simulation (in parallel; each with its own generator, seeded with the i-th draw of a
 * SplittableRandom from the run's seed, so the figures do not depend on threads) and gathers their
 * paths measure by measure.
 */
final class MarketSimulator {

    private MarketSimulator() {
    }

    static MarketResult run(MarketModel model, long seed, ProgressListener progress) {
        int simulations = model.settings().simulations();
        SplittableRandom master = new SplittableRandom(seed);
        long[] seeds = new long[simulations];
        for (int i = 0; i < simulations; i++) {
            seeds[i] = master.nextLong();
        }
        MarketPath[] paths = new MarketPath[simulations];
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(1, simulations / 4);
        IntStream.range(0, simulations).parallel().forEach(i -> {
            paths[i] = new MarketSimulation(model, i, seeds[i]).run();
            int n = done.incrementAndGet();
            if (n % every == 0 && n < simulations) {
                progress.note("market simulation: " + n + " of " + simulations + " simulations");
            }
        });
        return gather(model.settings(), seed, model.months().stream().map(YearMonth::atEndOfMonth).toList(), paths,
                model.recruitsPerYear());
    }

    /** Every simulation's path gathered measure by measure, simulation i at index i. */
    static MarketResult gather(MarketSettings settings, long seed, List<LocalDate> monthEnds, MarketPath[] paths,
            double[] recruitsPerYear) {
        int simulations = paths.length;
        int months = monthEnds.size();
        double[][][] values = new double[MarketMeasure.values().length][months][simulations];
        double[][][][] byLevel = new double[MarketMeasure.ByLevel.values().length][SkillLevel.SLOTS][months][simulations];
        double[][] years = new double[(months + 11) / 12][simulations];
        long exact = 0;
        long service = 0;
        for (int i = 0; i < simulations; i++) {
            MarketPath path = paths[i];
            for (int m = 0; m < values.length; m++) {
                for (int t = 0; t < months; t++) {
                    values[m][t][i] = path.values()[m][t];
                }
            }
            for (int m = 0; m < byLevel.length; m++) {
                for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                    for (int t = 0; t < months; t++) {
                        byLevel[m][level][t][i] = path.byLevel()[m][level][t];
                    }
                }
            }
            for (int y = 0; y < years.length; y++) {
                years[y][i] = path.yearCostGbp()[y];
            }
            exact += path.exactMonths();
            service += path.serviceMonths();
        }
        return new MarketResult(settings, seed, monthEnds, values, byLevel, years, exact, service, recruitsPerYear);
    }
}
