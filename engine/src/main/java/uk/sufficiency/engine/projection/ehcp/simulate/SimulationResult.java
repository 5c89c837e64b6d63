package uk.sufficiency.engine.projection.ehcp.simulate;

import uk.sufficiency.engine.projection.ehcp.state.AgeBand;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

/**
 * Census counts of every simulation, kept per simulation so that any roll-up (by need, setting,
 * age band, cost) is summed within a simulation before quantiles are taken across simulations.
 *
 * <p>{@code counts[sim][t][cell]}: step t = 0 is the starting census ({@code startYear}), t = h the
 * census of {@code startYear + h}; cell = (setting x needs + need) x bands + age band.
 * {@code overflowed[sim][t]} counts plans sent to an overflow setting by a capacity cap, and
 * {@code overCapacity[sim][t]} plans left above a cap because no overflow setting had room.
 * {@code states[sim][t][state]} holds full state counts only when asked for (tests), else null.
 */
public record SimulationResult(PlanStateSpace space, int startYear, int horizon, int[][][] counts, int[][][] states,
        int[][] overflowed, int[][] overCapacity) {

    public static final int BANDS = AgeBand.values().length;

    public int simulations() {
        return counts.length;
    }

    public static int cell(PlanStateSpace space, int setting, int need, AgeBand band) {
        return (setting * space.needCount() + need) * BANDS + band.ordinal();
    }

    public static int cellOfState(PlanStateSpace space, int stateIndex) {
        return cell(space, space.settingOf(stateIndex), space.needOf(stateIndex),
                AgeBand.ofAcademicYear(space.academicYearOf(stateIndex)));
    }

    public int settingOfCell(int cell) {
        return cell / BANDS / space.needCount();
    }

    public int needOfCell(int cell) {
        return (cell / BANDS) % space.needCount();
    }

    public AgeBand bandOfCell(int cell) {
        return AgeBand.values()[cell % BANDS];
    }

    public int censusYear(int step) {
        return startYear + step;
    }
}
