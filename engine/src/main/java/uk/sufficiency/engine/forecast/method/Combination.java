package uk.sufficiency.engine.forecast.method;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mean or median of several methods' point forecasts, step by step. Combinations are robust:
 * the mean of simple, Holt and damped exponential smoothing was a hard benchmark in the M4
 * competition. The parametric spread is the root mean square of the members' standard deviations
 * (on the data scale), a deliberately simple figure that calibration then scales.
 */
public final class Combination implements ForecastMethod {

    /** How the members' forecasts are combined. */
    public enum Rule { MEAN, MEDIAN }

    private final String name;
    private final Rule rule;
    private final List<ForecastMethod> members;

    public Combination(String name, Rule rule, List<ForecastMethod> members) {
        this.name = name;
        this.rule = rule;
        this.members = List.copyOf(members);
    }

    @Override
    public String name() {
        return name;
    }

    /** Names of the members, e.g. {@code ses+holt+damped}. */
    public String description() {
        return rule.name().toLowerCase(java.util.Locale.ROOT) + " of "
                + members.stream().map(ForecastMethod::name).collect(Collectors.joining("+"));
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return members.stream().allMatch(member -> member.appliesTo(values, seasonLength));
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        return fit(y, seasonLength, new FitCache(y, seasonLength));
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength, FitCache cache) {
        List<FittedModel> fits = members.stream().map(cache::fit).toList();
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                List<ForecastDistribution> forecasts = fits.stream().map(fit -> fit.forecast(horizon)).toList();
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                double[] points = new double[forecasts.size()];
                for (int h = 0; h < horizon; h++) {
                    double variance = 0;
                    for (int m = 0; m < points.length; m++) {
                        points[m] = forecasts.get(m).point(h);
                        double sd = forecasts.get(m).dataScaleSd(h);
                        variance += sd * sd;
                    }
                    location[h] = rule == Rule.MEAN ? Arrays.stream(points).average().orElseThrow() : median(points);
                    scale[h] = Math.sqrt(variance / points.length);
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return Double.NaN;
            }
        };
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
