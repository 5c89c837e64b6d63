package uk.sufficiency.engine.forecast.method;

/** The scale on which a model works: the data itself, or its natural logarithm (for compounding growth). */
public enum Transform {
    IDENTITY {
        @Override
        public double apply(double value) {
            return value;
        }

        @Override
        public double inverse(double value) {
            return value;
        }
    },
    LOG {
        @Override
        public double apply(double value) {
            return value > 0 ? Math.log(value) : Double.NaN;
        }

        @Override
        public double inverse(double value) {
            return Math.exp(value);
        }
    };

    public abstract double apply(double value);

    public abstract double inverse(double value);
}
