package uk.sufficiency.engine.planning.demand;

import uk.sufficiency.model.placement.PlacementKind;

/** Demand held in an array {@code [simulation][year][kind ordinal][level]} (year 1..Y, level 1..6). */
public final class ArrayDemand implements DemandSimulations {

    private final int[][][][] counts;

    public ArrayDemand(int[][][][] counts) {
        this.counts = counts;
    }

    @Override
    public int simulations() {
        return counts.length;
    }

    @Override
    public int years() {
        return counts[0].length - 1;
    }

    @Override
    public int count(int simulation, int year, PlacementKind kind, int level) {
        return counts[simulation][year][kind.ordinal()][level];
    }
}
