package uk.sufficiency.engine.forecast.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Realistic yearly count series for benchmarks, drawn from a seeded generator. Each series is one
 * of five kinds that public children's services and SEND counts show: a random walk with drift, a
 * trend that bends (its growth rate itself wanders), compounding growth with noise, a level that
 * shifts once, and a count reverting to a slowly moving mean. Lengths are 12 to 30 years, levels
 * 50 to 5,000, and every value is rounded to a whole count and kept at least 1.
 */
public final class SyntheticSeries {

    private SyntheticSeries() {
    }

    public static List<TimeSeries> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TimeSeries> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 12 + random.nextInt(19);
            double level = Math.exp(Math.log(50) + random.nextDouble() * Math.log(100));
            int kind = random.nextInt(5);
            double[] values = switch (kind) {
                case 0 -> randomWalkWithDrift(random, length, level);
                case 1 -> wanderingGrowth(random, length, level);
                case 2 -> compounding(random, length, level);
                case 3 -> levelShift(random, length, level);
                default -> meanReverting(random, length, level);
            };
            for (int t = 0; t < length; t++) {
                values[t] = Math.max(1, Math.round(values[t]));
            }
            series.add(TimeSeries.starting(String.format("syn%04d", i + 1), Period.year(2030 - length), values));
        }
        return series;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller from the seeded stream, so that series depend only on the seed
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double[] randomWalkWithDrift(SplittableRandom random, int n, double level) {
        double drift = level * (random.nextDouble() * 0.08 - 0.02);
        double sd = level * (0.02 + random.nextDouble() * 0.06);
        double[] y = new double[n];
        double x = level;
        for (int t = 0; t < n; t++) {
            y[t] = x;
            x += drift + sd * gaussian(random);
        }
        return y;
    }

    private static double[] wanderingGrowth(SplittableRandom random, int n, double level) {
        double growth = random.nextDouble() * 0.08 - 0.02;
        double growthSd = 0.01 + random.nextDouble() * 0.02;
        double noise = 0.01 + random.nextDouble() * 0.03;
        double[] y = new double[n];
        double logLevel = Math.log(level);
        for (int t = 0; t < n; t++) {
            y[t] = Math.exp(logLevel + noise * gaussian(random));
            growth = 0.85 * growth + 0.15 * 0.02 + growthSd * gaussian(random);
            logLevel += growth;
        }
        return y;
    }

    private static double[] compounding(SplittableRandom random, int n, double level) {
        double growth = random.nextDouble() * 0.10 - 0.01;
        double noise = 0.02 + random.nextDouble() * 0.04;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level * Math.exp(growth * t + noise * gaussian(random));
        }
        return y;
    }

    private static double[] levelShift(SplittableRandom random, int n, double level) {
        int at = 3 + random.nextInt(Math.max(1, n - 6));
        double shift = level * (random.nextDouble() * 0.5 - 0.2);
        double noise = level * (0.02 + random.nextDouble() * 0.04);
        double drift = level * (random.nextDouble() * 0.03 - 0.01);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level + drift * t + (t >= at ? shift : 0) + noise * gaussian(random);
        }
        return y;
    }

    private static double[] meanReverting(SplittableRandom random, int n, double level) {
        double persistence = 0.5 + random.nextDouble() * 0.45;
        double sd = level * (0.03 + random.nextDouble() * 0.05);
        double[] y = new double[n];
        double mean = level;
        double deviation = 0;
        for (int t = 0; t < n; t++) {
            mean += level * 0.01 * gaussian(random);
            deviation = persistence * deviation + sd * gaussian(random);
            y[t] = mean + deviation;
        }
        return y;
    }
}
