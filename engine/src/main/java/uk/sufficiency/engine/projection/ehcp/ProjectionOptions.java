package uk.sufficiency.engine.projection.ehcp;

/** Run options: years to project past the starting census, simulations, and the seed. */
public record ProjectionOptions(int years, int simulations, long seed) {

    public ProjectionOptions {
        if (years < 1 || simulations < 1) {
            throw new IllegalArgumentException("years and simulations must be 1 or more");
        }
    }
}
