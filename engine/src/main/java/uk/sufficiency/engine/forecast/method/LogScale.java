package uk.sufficiency.engine.forecast.method;

/**
 * Fits a method to the natural logarithm of a positive series, so that its additive trend becomes
 * a compounding growth rate (drift on logs: constant percentage growth). The point forecast is
 * {@code exp} of the log-scale forecast, the median of the forecast distribution; interval bounds
 * are transformed the same way, so they are asymmetric and never negative.
 */
public final class LogScale implements ForecastMethod {

    private final ForecastMethod inner;

    public LogScale(ForecastMethod inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return "log_" + inner.name();
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        for (double value : values) {
            if (!(value > 0)) {
                return false;
            }
        }
        return inner.appliesTo(values, seasonLength);
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        double[] logs = new double[y.length];
        double jacobian = 0;
        for (int t = 0; t < y.length; t++) {
            logs[t] = Math.log(y[t]);
            if (t > 0) {
                jacobian += logs[t];
            }
        }
        FittedModel model = inner.fit(logs, seasonLength);
        double logJacobian = jacobian;
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                ForecastDistribution onLogs = model.forecast(horizon);
                if (onLogs.transform() != Transform.IDENTITY) {
                    throw new IllegalStateException("cannot take logs twice");
                }
                return new ForecastDistribution(Transform.LOG, onLogs.location(), onLogs.scale());
            }

            @Override
            public double aicc() {
                // the density of y is that of log y divided by y: -2 log L gains 2 sum(log y)
                return model.aicc() + 2 * logJacobian;
            }
        };
    }
}
