package uk.sufficiency.engine.forecast.method;

/** A method fitted to one series: it forecasts and reports how well it fitted. */
public interface FittedModel {

    /** Forecast distribution for steps 1..horizon after the last observation. */
    ForecastDistribution forecast(int horizon);

    /**
     * Small-sample Akaike information criterion on the data scale, comparable between models
     * fitted to the same series (log models include the Jacobian of the transform); NaN when the
     * model has no likelihood or the series is too short for its parameters.
     */
    double aicc();
}
