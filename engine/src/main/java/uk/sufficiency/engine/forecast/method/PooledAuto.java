package uk.sufficiency.engine.forecast.method;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code auto}: the mean of four forecasts whose membership was fixed by evaluation over many
 * series (docs/decisions/0023 and 0075), not chosen per series:
 *
 * <ul>
 *   <li>{@code dotm}, the dynamic optimised Theta model;</li>
 *   <li>{@code log_damped}, the damped trend on the log scale ({@code damped} for a series with a
 *       value at or below 0);</li>
 *   <li>{@code log_shrunk_drift}, the growth rate shrunk toward no change by its t statistic and
 *       damped ({@code shrunk_drift} for a series with a value at or below 0);</li>
 *   <li>for yearly series, {@code log_drift}, the mean growth rate kept undamped ({@code drift}
 *       likewise): the three above all damp a trend, and on yearly series that kept growing (the
 *       EHCP panel) the mean under-forecast; this fourth member lowered MASE on every yearly
 *       development panel, but raised it and MSIS on M3 quarterly (docs/decisions/0075).</li>
 * </ul>
 *
 * A member that cannot be fitted (the damped trend needs 5 points, Theta 4) is left out. Monthly
 * and quarterly series that pass the seasonality test are seasonally adjusted first
 * ({@link SeasonallyAdjusted}) and reseasonalised after. The parametric spread is the root mean
 * square of the members' standard deviations on the data scale; calibration replaces it whenever
 * the series allows a backtest.
 */
public final class PooledAuto implements ForecastMethod {

    public static final String NAME = "auto";

    private static final ForecastMethod THETA = new DynamicTheta();
    private static final ForecastMethod DAMPED = Ets.damped();
    private static final ForecastMethod LOG_DAMPED = new LogScale(Ets.damped());
    private static final ForecastMethod SHRUNK = new ShrunkDrift();
    private static final ForecastMethod LOG_SHRUNK = new LogScale(new ShrunkDrift());
    private static final ForecastMethod DRIFT = new Drift();
    private static final ForecastMethod LOG_DRIFT = new LogScale(new Drift());

    private static final ForecastMethod NON_SEASONAL = new MeanOfMembers();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 3;
    }

    /** The members used for these values, in order. */
    public static List<ForecastMethod> members(double[] values, int seasonLength) {
        boolean positive = SeasonallyAdjusted.allPositive(values);
        List<ForecastMethod> members = new ArrayList<>();
        List<ForecastMethod> pool = new ArrayList<>(List.of(THETA, positive ? LOG_DAMPED : DAMPED, positive ? LOG_SHRUNK : SHRUNK));
        if (seasonLength == 1) {
            pool.add(positive ? LOG_DRIFT : DRIFT);
        }
        for (ForecastMethod member : pool) {
            if (member.appliesTo(values, seasonLength)) {
                members.add(member);
            }
        }
        return members;
    }

    /** Names of the members used for these values, and whether they were seasonally adjusted first. */
    public static String describe(double[] values, int seasonLength) {
        boolean seasonal = SeasonalityTest.isSeasonal(values, seasonLength);
        StringBuilder text = new StringBuilder("mean of ");
        List<ForecastMethod> members = members(values, seasonLength);
        for (int i = 0; i < members.size(); i++) {
            text.append(i == 0 ? "" : i == members.size() - 1 ? " and " : ", ").append(members.get(i).name());
        }
        return seasonal ? text.append(", on the seasonally adjusted series").toString() : text.toString();
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        return fit(y, seasonLength, new FitCache(y, seasonLength));
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength, FitCache cache) {
        if (SeasonalityTest.isSeasonal(y, seasonLength)) {
            return new SeasonallyAdjusted(NON_SEASONAL).fit(y, seasonLength);
        }
        return cache.fit(NON_SEASONAL);
    }

    /** The members' mean on the (possibly adjusted) values. */
    private static final class MeanOfMembers implements ForecastMethod {
        @Override
        public String name() {
            return "auto_members";
        }

        @Override
        public boolean appliesTo(double[] values, int seasonLength) {
            return values.length >= 3;
        }

        @Override
        public FittedModel fit(double[] y, int seasonLength) {
            return fit(y, seasonLength, new FitCache(y, seasonLength));
        }

        @Override
        public FittedModel fit(double[] y, int seasonLength, FitCache cache) {
            List<FittedModel> fits = members(y, seasonLength).stream().map(cache::fit).toList();
            return new FittedModel() {
                @Override
                public ForecastDistribution forecast(int horizon) {
                    double[] location = new double[horizon];
                    double[] scale = new double[horizon];
                    for (FittedModel fit : fits) {
                        ForecastDistribution member = fit.forecast(horizon);
                        for (int h = 0; h < horizon; h++) {
                            location[h] += member.point(h) / fits.size();
                            double sd = member.dataScaleSd(h);
                            scale[h] += sd * sd / fits.size();
                        }
                    }
                    for (int h = 0; h < horizon; h++) {
                        scale[h] = Math.sqrt(scale[h]);
                    }
                    return new ForecastDistribution(Transform.IDENTITY, location, scale);
                }

                @Override
                public double aicc() {
                    return Double.NaN;
                }
            };
        }
    }
}
