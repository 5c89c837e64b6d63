package uk.sufficiency.engine.planning.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyProjectionTest {

    private static SupplyParameters parameters(double retire60, double retire70, double other, double progression,
            double leadMonths, double unusable) {
        double[] rate = new double[7];
        for (int level = 1; level <= 5; level++) {
            rate[level] = progression;
        }
        return new SupplyParameters(List.of(new RetirementBand(60, 69, retire60), new RetirementBand(70, 120, retire70)),
                other, leadMonths, rate, unusable, 2.0, 45, 65, 45, 0.34);
    }

    private static double[][] none(int years) {
        return new double[years + 1][7];
    }

    @Test
    void retirementFollowsTheCarersAgeBandAsCarersAge() {
        // one household aged 68: two years at 20% (ages 68, 69), then 50% from age 70
        SupplyProjection projection = new SupplyProjection(parameters(0.2, 0.5, 0, 0, 6, 0));
        SupplyPath path = projection.project(List.of(new CarerHousehold("P1", 3, 2, 68)), none(4));
        assertEquals(1.0, path.households()[1][3], 1e-12);
        assertEquals(0.8, path.households()[2][3], 1e-12);
        assertEquals(0.64, path.households()[3][3], 1e-12);
        assertEquals(0.32, path.households()[4][3], 1e-12);
        assertEquals(0.2, path.retired()[1][3], 1e-12);
        assertEquals(0.32, path.retired()[3][3], 1e-12);
        assertEquals(0.64, path.approvedPlaces()[4][3], 1e-12);
    }

    @Test
    void youngerCarersDoNotRetireButDeregisterAtTheOtherRate() {
        SupplyProjection projection = new SupplyProjection(parameters(0.2, 0.5, 0.1, 0, 6, 0));
        SupplyPath path = projection.project(List.of(new CarerHousehold("P1", 2, 1, 40)), none(3));
        assertEquals(0.9, path.households()[2][2], 1e-12);
        assertEquals(0.81, path.households()[3][2], 1e-12);
        assertEquals(0.0, path.retired()[1][2], 1e-12);
        assertEquals(0.1, path.deregistered()[1][2], 1e-12);
    }

    @Test
    void recruitsArriveAfterTheLeadTimeAndLeaveOnlyOnceApproved() {
        SupplyProjection projection = new SupplyProjection(parameters(0, 0, 0.1, 0, 6, 0.25));
        double[][] recruits = none(3);
        recruits[1][4] = 10;
        SupplyPath path = projection.project(List.of(), recruits);
        assertEquals(1.25, path.households()[1][4], 1e-12);
        assertEquals(8.75, path.households()[2][4], 1e-12); // no attrition before the end of year 2
        assertEquals(9.0, path.households()[3][4], 1e-12); // 10 less 10% leaving at the end of year 2
        assertEquals(0.0, path.deregistered()[1][4], 1e-12);
        assertEquals(1.0, path.deregistered()[2][4], 1e-12);
        // places: 2 per new household, a quarter never usable
        assertEquals(8.75 * 2 * 0.75, path.usablePlaces()[2][4], 1e-12);
        assertEquals(10.0, path.recruited()[1][4], 1e-12);
    }

    @Test
    void progressionMovesAShareUpOneLevelEachYear() {
        SupplyProjection projection = new SupplyProjection(parameters(0, 0, 0, 0.1, 6, 0));
        List<CarerHousehold> households = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            households.add(new CarerHousehold("P" + i, 2, 1, 40));
        }
        SupplyPath path = projection.project(households, none(3));
        assertEquals(100, path.households()[1][2], 1e-9);
        assertEquals(90, path.households()[2][2], 1e-9);
        assertEquals(10, path.households()[2][3], 1e-9);
        assertEquals(81, path.households()[3][2], 1e-9);
        assertEquals(18, path.households()[3][3], 1e-9); // 10 less 1 moving on to level 4, plus 9 new
        assertEquals(1, path.households()[3][4], 1e-9);
        assertEquals(10, path.progressedUp()[1][2], 1e-9);
    }

    @Test
    void levelSixDoesNotProgressAndTotalsAreConserved() {
        SupplyProjection projection = new SupplyProjection(parameters(0, 0, 0, 0.5, 6, 0));
        SupplyPath path = projection.project(List.of(new CarerHousehold("P1", 5, 3, 40),
                new CarerHousehold("P2", 6, 1, 40)), none(4));
        for (int t = 1; t <= 4; t++) {
            double total = 0;
            double places = 0;
            for (int level = 1; level <= 6; level++) {
                total += path.households()[t][level];
                places += path.approvedPlaces()[t][level];
            }
            assertEquals(2.0, total, 1e-12);
            assertEquals(4.0, places, 1e-12);
        }
        assertEquals(1.0 + 0.5 + 0.25 + 0.125, path.households()[4][6], 1e-12);
    }

    @Test
    void carersOfUnknownAgeAreSplitByTheShareAgedSixtyToSeventy() {
        SupplyProjection projection = new SupplyProjection(parameters(0.5, 0.5, 0, 0, 6, 0));
        SupplyPath path = projection.project(List.of(new CarerHousehold("P1", 1, 1, null)), none(2));
        // 34% taken to be 65 (retiring at 50%), 66% taken to be 45
        assertEquals(1 - 0.34 * 0.5, path.households()[2][1], 1e-12);
    }
}
