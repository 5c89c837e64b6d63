package uk.sufficiency.engine.planning.demand;

import uk.sufficiency.model.placement.PlacementKind;

/**
 * Simulated demand the planner plans against: for each simulation and plan year, the number of
 * looked-after children by the placement kind they need and the carer skill level they require.
 *
 * <p>Two sources implement it: {@link TrendDemand} (the scenario's current children grown by a
 * trend with count noise) and, once the looked-after-children projection lands, an adapter over its
 * Monte Carlo paths (see docs/methods/planning.md, "Adapter point for the LAC projection"): it
 * returns, per path and year, the projected children in foster, residential and supported
 * placements, split by skill level in the current mix of required levels within each kind.
 * Every candidate plan is evaluated on the same instance, so plans are compared with common random
 * numbers.
 */
public interface DemandSimulations {

    int simulations();

    /** Plan years; year 1 is the year after the scenario's as-of date. */
    int years();

    /**
     * Children looked after during plan year {@code year} (1-based) in simulation {@code simulation}
     * (0-based) who need a placement of {@code kind} with a carer of level {@code level} (1-6) or above.
     */
    int count(int simulation, int year, PlacementKind kind, int level);
}
