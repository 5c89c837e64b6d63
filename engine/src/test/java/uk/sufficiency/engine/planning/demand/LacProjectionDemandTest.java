package uk.sufficiency.engine.planning.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.projection.lac.AgeBands;
import uk.sufficiency.engine.projection.lac.ChildState;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.Observations;
import uk.sufficiency.engine.projection.lac.SimulationResult;
import uk.sufficiency.engine.projection.lac.StateSpace;
import uk.sufficiency.model.placement.PlacementKind;

class LacProjectionDemandTest {

    private static final StateSpace SPACE = new StateSpace(List.of("in_house_foster", "connected",
            "residential_external"), AgeBands.parse(List.of("0-18")));

    /**
     * Two simulations of 24 months from a base of 31 March 2019 with 100 foster and 10 residential
     * children: foster stock 100 then 120 (+10 in the second simulation), residential mean 11.5.
     */
    private static LacProjectionResult projection() {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            months.add(YearMonth.of(2019, 4).plusMonths(m));
        }
        int[][] stock = new int[2][24 * 3];
        for (int s = 0; s < 2; s++) {
            for (int m = 0; m < 24; m++) {
                stock[s][m * 3] = (m < 12 ? 100 : 120) + s * 10;   // foster
                stock[s][m * 3 + 1] = 50;                           // connected: left out
                stock[s][m * 3 + 2] = m % 2 == 0 ? 10 : 13;         // residential
            }
        }
        SimulationResult simulation = new SimulationResult(SPACE, months, List.of(2019, 2020), stock, new int[2][24],
                new int[2][24], new double[2][6]);
        List<ChildState> population = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            population.add(new ChildState(120, i < 100 ? 0 : 2, 6));
        }
        Observations observations = new Observations(LocalDate.of(2017, 3, 31), LocalDate.of(2019, 3, 31), 24,
                null, null, null, null, population);
        return new LacProjectionResult(null, SPACE, "test", observations, null, null, simulation, null, null, List.of(),
                2, 1L);
    }

    private static CurrentMix mix() {
        int[][] mix = new int[PlacementKind.values().length][7];
        mix[PlacementKind.FOSTER.ordinal()][1] = 10;
        mix[PlacementKind.FOSTER.ordinal()][3] = 20;
        return new CurrentMix(mix, 0);
    }

    @Test
    void eachPathsGrowthIsAppliedToTheScenariosChildrenSplitByTheirLevelMix() {
        DemandSimulations demand = LacProjectionDemand.from(projection(), mix(), 2, LacProjectionDemand.defaultKinds());
        assertEquals(2, demand.simulations());
        assertEquals(2, demand.years());
        // simulation 0: foster x1.0 then x1.2 of the scenario's 30 foster children, split 1:2
        assertEquals(10, demand.count(0, 1, PlacementKind.FOSTER, 1));
        assertEquals(20, demand.count(0, 1, PlacementKind.FOSTER, 3));
        assertEquals(12, demand.count(0, 2, PlacementKind.FOSTER, 1));
        assertEquals(24, demand.count(0, 2, PlacementKind.FOSTER, 3));
        // simulation 1: x1.3 in year 2, 39 children
        assertEquals(39, demand.count(1, 2, PlacementKind.FOSTER, 1) + demand.count(1, 2, PlacementKind.FOSTER, 3));
        // no residential children in the scenario: none however the projection grows
        assertEquals(0, demand.count(0, 1, PlacementKind.RESIDENTIAL, 1));
    }

    @Test
    void theDescriptionSaysWhenTheProjectionsCalendarDiffersFromThePlans() {
        String text = LacProjectionDemand.describe(projection(), LocalDate.of(2015, 3, 31));
        assertTrue(text.contains("its history ends 2019-03-31"), text);
        assertTrue(!LacProjectionDemand.describe(projection(), LocalDate.of(2019, 3, 31)).contains("history ends"));
    }

    @Test
    void aPlanLongerThanTheProjectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LacProjectionDemand.from(projection(), mix(), 3,
                LacProjectionDemand.defaultKinds()));
    }
}
