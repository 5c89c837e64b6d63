package uk.sufficiency.engine.planning.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.projection.lac.AgeBands;
import uk.sufficiency.engine.projection.lac.SimulationResult;
import uk.sufficiency.engine.projection.lac.LacStates;
import uk.sufficiency.model.placement.PlacementKind;

class LacProjectionDemandTest {

    /** Two simulations of 24 months from April 2015; categories in-house foster, connected, residential. */
    private static SimulationResult projection() {
        LacStates space = new LacStates(List.of("in_house_foster", "connected", "residential_external"),
                AgeBands.parse(List.of("0-18")));
        List<YearMonth> months = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            months.add(YearMonth.of(2015, 4).plusMonths(m));
        }
        int[][] stock = new int[2][24 * 3];
        for (int s = 0; s < 2; s++) {
            for (int m = 0; m < 24; m++) {
                stock[s][m * 3] = (m < 12 ? 100 : 120) + s * 10;   // foster
                stock[s][m * 3 + 1] = 50;                           // connected: left out
                stock[s][m * 3 + 2] = m % 2 == 0 ? 10 : 13;         // residential, mean 11.5 -> 12
            }
        }
        return new SimulationResult(space, months, List.of(2015, 2016), stock, new int[2][24], new int[2][24],
                new double[2][6]);
    }

    @Test
    void eachPathBecomesASimulationSplitByTheCurrentLevelMix() {
        int[][] mix = new int[PlacementKind.values().length][7];
        mix[PlacementKind.FOSTER.ordinal()][1] = 1;
        mix[PlacementKind.FOSTER.ordinal()][3] = 2;
        DemandSimulations demand = LacProjectionDemand.from(projection(), new CurrentMix(mix, 0),
                LocalDate.of(2015, 3, 31), 2, LacProjectionDemand.defaultKinds());
        assertEquals(2, demand.simulations());
        assertEquals(2, demand.years());
        assertEquals(33, demand.count(0, 1, PlacementKind.FOSTER, 1));
        assertEquals(67, demand.count(0, 1, PlacementKind.FOSTER, 3));
        assertEquals(40, demand.count(0, 2, PlacementKind.FOSTER, 1));
        assertEquals(80, demand.count(0, 2, PlacementKind.FOSTER, 3));
        assertEquals(130, demand.count(1, 2, PlacementKind.FOSTER, 1) + demand.count(1, 2, PlacementKind.FOSTER, 3));
        // no current residential children: all residential demand at level 1; connected left out
        assertEquals(12, demand.count(0, 1, PlacementKind.RESIDENTIAL, 1));
        assertEquals(0, demand.count(0, 1, PlacementKind.SUPPORTED, 1));
    }

    @Test
    void aPlanLongerThanTheProjectionIsRefused() {
        int[][] mix = new int[PlacementKind.values().length][7];
        assertThrows(IllegalArgumentException.class, () -> LacProjectionDemand.from(projection(),
                new CurrentMix(mix, 0), LocalDate.of(2015, 3, 31), 3, LacProjectionDemand.defaultKinds()));
    }
}
