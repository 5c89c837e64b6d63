package uk.sufficiency.engine.forecast.rate;

import uk.sufficiency.engine.forecast.ForecastResult;

/**
 * A population-driven forecast: the rate per 10,000 children forecast as a series of its own,
 * and the count it implies with the projected population.
 *
 * @param rates            forecast of the rate per 10,000
 * @param counts           forecast of the count: rate x population / 10,000 (bounds likewise;
 *                         the population projection is taken as known)
 * @param futurePopulation projected population per forecast step
 */
public record RateForecast(ForecastResult rates, ForecastResult counts, double[] futurePopulation) {

    public RateForecast {
        futurePopulation = futurePopulation.clone();
    }

    @Override
    public double[] futurePopulation() {
        return futurePopulation.clone();
    }
}
