package uk.sufficiency.engine.forecast.rate;

import uk.sufficiency.engine.population.PopulationProjection;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Population-driven projection. The count series is turned into a rate per 10,000 of the
 * population in the age range ({@code 10,000 count / population}, population of the period's
 * calendar year), the rate is forecast like any series, and the count forecast is the rate forecast
 * times the projected population / 10,000. The population projection is treated as known, so the
 * count intervals carry the rate's uncertainty only.
 */
public final class RateForecaster {

    public static final double PER = 10_000;

    private final Forecaster forecaster = new Forecaster();

    /**
     * @throws IllegalArgumentException if the population lacks a year of the series or forecast;
     *                                  check with {@link #missingYears} first
     */
    public RateForecast forecast(TimeSeries counts, ForecastSpec spec, PopulationProjection population, String area,
            AgeRange ages) {
        double[] values = counts.values();
        double[] rates = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            double people = population.total(area, ages.from(), ages.to(), counts.periods().get(t).year());
            if (!(people > 0)) {
                throw new IllegalArgumentException("no population for " + counts.periods().get(t).year());
            }
            rates[t] = PER * values[t] / people;
        }
        ForecastResult rateForecast = forecaster.forecast(counts.withValues(rates), spec);
        double[] future = new double[spec.horizon()];
        double[] multipliers = new double[spec.horizon()];
        for (int h = 0; h < spec.horizon(); h++) {
            int year = rateForecast.points().get(h).period().year();
            future[h] = population.total(area, ages.from(), ages.to(), year);
            if (!(future[h] > 0)) {
                throw new IllegalArgumentException("no population for " + year);
            }
            multipliers[h] = future[h] / PER;
        }
        ForecastResult countForecast = Forecaster.rescale(rateForecast, counts, multipliers);
        return new RateForecast(rateForecast, countForecast, future);
    }

    /** Calendar years of the series and of its forecast horizon that the population does not cover. */
    public static java.util.List<Integer> missingYears(TimeSeries counts, int horizon, PopulationProjection population,
            String area, AgeRange ages) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        counts.periods().forEach(period -> years.add(period.year()));
        for (int h = 1; h <= horizon; h++) {
            years.add(counts.lastPeriod().plus(h).year());
        }
        return years.stream().filter(year -> !(population.total(area, ages.from(), ages.to(), year) > 0)).toList();
    }
}
