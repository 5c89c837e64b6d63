package uk.sufficiency.engine.forecast.method;

/**
 * A model's forecast for steps 1..h: on the model's scale ({@link #transform()}), a centre and a
 * parametric standard deviation per step. On the log scale the centre maps back to the median, so
 * a log-model's point forecast is a median; intervals map back exactly because the transform is
 * monotone.
 *
 * @param transform the scale of location and scale
 * @param location  centre of the forecast distribution per step, on the transformed scale
 * @param scale     parametric standard deviation per step, on the transformed scale (> 0)
 */
public record ForecastDistribution(Transform transform, double[] location, double[] scale) {

    public ForecastDistribution {
        location = location.clone();
        scale = scale.clone();
        if (location.length != scale.length) {
            throw new IllegalArgumentException("location and scale differ in length");
        }
    }

    public int horizon() {
        return location.length;
    }

    public double location(int step) {
        return location[step];
    }

    public double scale(int step) {
        return scale[step];
    }

    /** Point forecast for step index {@code step} (0-based) on the data scale. */
    public double point(int step) {
        return transform.inverse(location[step]);
    }

    public double[] points() {
        double[] points = new double[location.length];
        for (int i = 0; i < points.length; i++) {
            points[i] = point(i);
        }
        return points;
    }

    /** Approximate standard deviation on the data scale (delta method for the log scale). */
    public double dataScaleSd(int step) {
        return transform == Transform.LOG ? point(step) * scale[step] : scale[step];
    }
}
