package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.config.CapacityCap;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier.Lever;
import uk.sufficiency.engine.projection.ehcp.fit.EhcpFitting;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator;
import uk.sufficiency.engine.projection.ehcp.simulate.LeverSchedule;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.EhcpState;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

class CohortSimulationTest {

    private static final int SIMS = 300;

    @TempDir
    Path folder;

    /**
     * 2015 and 2016: 1000 plans a year in A/T at year 3, half of whom leave; 20 joiners a year into
     * A/U at year 0 (population 1000 per year of age).
     */
    private EhcpInputs inputs() throws IOException {
        String body = "";
        for (int year = 2015; year <= 2016; year++) {
            body += EhcpFixtures.rows(500, year + ",A,T,3,A,T,4");
            body += EhcpFixtures.rows(500, year + ",A,T,3,NONSEND,NONSEND,4");
            body += EhcpFixtures.rows(20, year + ",NONSEND,NONSEND,-1,A,U,0");
        }
        return EhcpFixtures.load(EhcpFixtures.write(folder, body));
    }

    private static int[] start(PlanStateSpace space, EhcpState state, int plans) {
        int[] start = new int[space.size()];
        start[space.index(state)] = plans;
        return start;
    }

    private static double mean(SimulationResult result, int step, EhcpState state) {
        int index = result.space().index(state);
        double sum = 0;
        for (int k = 0; k < result.simulations(); k++) {
            sum += result.states()[k][step][index];
        }
        return sum / result.simulations();
    }

    private static void assertOnlyValidStates(SimulationResult result) {
        for (int k = 0; k < result.simulations(); k++) {
            for (int t = 0; t <= result.horizon(); t++) {
                int[] counts = result.states()[k][t];
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        assertTrue(result.space().isValid(i), "plans in invalid state " + result.space().state(i));
                    }
                }
            }
        }
    }

    @Test
    void plansAgeOneYearAndLeaveAtTheObservedRate() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        PlanStateSpace space = inputs.space();
        int from = space.index(new EhcpState("A", "T", 3));
        assertEquals(0.5, model.meanLeaveProbability(from), 0.01);

        SimulationResult result = new CohortSimulator(model, inputs.population()).run(
                start(space, new EhcpState("A", "T", 3), 1000), 2017, 1, LeverSchedule.baseline(model, 2017, 1), SIMS, 7,
                true);
        // Nobody stays at year 3 (except joiners, who are rare there); about half of 1000 reach year 4.
        assertTrue(mean(result, 1, new EhcpState("A", "T", 3)) < 2);
        double aged = mean(result, 1, new EhcpState("A", "T", 4));
        assertEquals(500, aged, 15);
        assertOnlyValidStates(result);
    }

    @Test
    void joinersArriveAtTheirRatePerHeadOfPopulation() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        PlanStateSpace space = inputs.space();
        // 40 joiners over 2 years of 1000 children: Gamma(40.5, 2000) posterior.
        assertEquals((40 + 0.5) / 2000, model.meanJoinerRate(0), 1e-9);
        SimulationResult result = new CohortSimulator(model, inputs.population()).run(new int[space.size()], 2017, 2,
                LeverSchedule.baseline(model, 2017, 2), SIMS, 11, true);
        assertEquals(20.25, mean(result, 1, new EhcpState("A", "U", 0)), 1.5);
        // A year on, last year's joiners have aged into year 1, less leavers (the pooled rate, 0.5 here).
        double aged = mean(result, 2, new EhcpState("A", "U", 1));
        assertTrue(aged > 6 && aged < 15, "aged joiners " + aged);
        assertOnlyValidStates(result);
    }

    @Test
    void plansWhoseSettingEndsMustMoveAndNeverEnterInvalidStates() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        PlanStateSpace space = inputs.space();
        int p0 = space.index(new EhcpState("P", "T", 0));
        assertTrue(model.mustMove()[p0]);
        SimulationResult result = new CohortSimulator(model, inputs.population()).run(
                start(space, new EhcpState("P", "T", 0), 200), 2017, 3, LeverSchedule.baseline(model, 2017, 3), 100, 3,
                true);
        assertOnlyValidStates(result);
        double moved = mean(result, 1, new EhcpState("A", "T", 1)) + mean(result, 1, new EhcpState("B", "T", 1))
                + mean(result, 1, new EhcpState("A", "U", 1)) + mean(result, 1, new EhcpState("B", "U", 1));
        // about half leave (the pooled leaver rate, ~0.5 in these data); every one who stays must move
        assertTrue(moved > 80 && moved < 120, "P plans moved on to A or B: " + moved);
    }

    @Test
    void transitionsInInvalidStatesAreWarnedAboutAndLeftOut() throws IOException {
        EhcpInputs inputs = EhcpFixtures.load(EhcpFixtures.write(folder,
                "2015,A,T,1,A,T,2\n2015,P,T,3,P,T,4\n2016,A,T,2,A,T,3\n"));
        assertEquals(2, inputs.transitions().size());
        assertTrue(inputs.warnings().stream().anyMatch(p -> p.rule().contains("valid-states") && p.line() == 3),
                inputs.warnings().toString());
    }

    @Test
    void sameSeedGivesTheSameResultAndAnotherSeedDoesNot() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        CohortSimulator simulator = new CohortSimulator(model, inputs.population());
        int[] start = start(inputs.space(), new EhcpState("A", "T", 3), 300);
        SimulationResult a = simulator.run(start, 2017, 3, LeverSchedule.baseline(model, 2017, 3), 50, 99);
        SimulationResult b = simulator.run(start, 2017, 3, LeverSchedule.baseline(model, 2017, 3), 50, 99);
        SimulationResult c = simulator.run(start, 2017, 3, LeverSchedule.baseline(model, 2017, 3), 50, 100);
        for (int k = 0; k < 50; k++) {
            for (int t = 0; t <= 3; t++) {
                assertArrayEquals(a.counts()[k][t], b.counts()[k][t]);
            }
        }
        boolean differs = false;
        for (int k = 0; k < 50 && !differs; k++) {
            differs = !java.util.Arrays.equals(a.counts()[k][3], c.counts()[k][3]);
        }
        assertTrue(differs);
    }

    @Test
    void joinerMultiplierAppliesOnlyInItsYears() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        CohortSimulator simulator = new CohortSimulator(model, inputs.population());
        int[] empty = new int[inputs.space().size()];
        RateMultiplier doubleA = new RateMultiplier(Lever.JOINERS, "A", null, null, null, 2018, 2018, 2.0, null);
        SimulationResult base = simulator.run(empty, 2017, 2, LeverSchedule.baseline(model, 2017, 2), SIMS, 5, true);
        SimulationResult more = simulator.run(empty, 2017, 2,
                LeverSchedule.compile(model, List.of(doubleA), List.of(), 2017, 2), SIMS, 5, true);
        EhcpState au0 = new EhcpState("A", "U", 0);
        assertEquals(2.0, mean(more, 1, au0) / mean(base, 1, au0), 0.15);
        // 2019 is after until_year: no change.
        assertEquals(1.0, mean(more, 2, au0) / mean(base, 2, au0), 0.15);
    }

    @Test
    void leaverAndDestinationMultipliersChangeWhoLeavesAndWhereMoversGo() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        PlanStateSpace space = inputs.space();
        CohortSimulator simulator = new CohortSimulator(model, inputs.population());
        RateMultiplier noLeaving = new RateMultiplier(Lever.LEAVERS, null, null, null, null, null, null, 0.0, null);
        RateMultiplier noJoining = new RateMultiplier(Lever.JOINERS, null, null, null, null, null, null, 0.0, null);
        SimulationResult kept = simulator.run(start(space, new EhcpState("A", "T", 3), 1000), 2017, 1,
                LeverSchedule.compile(model, List.of(noLeaving, noJoining), List.of(), 2017, 1), 50, 5, true);
        for (int k = 0; k < 50; k++) {
            int total = 0;
            for (int i = 0; i < space.size(); i++) {
                total += space.academicYearOf(i) == 4 ? kept.states()[k][1][i] : 0;
            }
            assertEquals(1000, total, "with leavers x0 every plan ages on");
        }
        RateMultiplier noneIntoB = new RateMultiplier(Lever.MOVES_INTO, "B", null, null, null, null, null, 0.0, null);
        SimulationResult steered = simulator.run(start(space, new EhcpState("P", "T", 0), 200), 2017, 1,
                LeverSchedule.compile(model, List.of(noneIntoB), List.of(), 2017, 1), 50, 5, true);
        assertEquals(0.0, mean(steered, 1, new EhcpState("B", "T", 1)) + mean(steered, 1, new EhcpState("B", "U", 1)));
    }

    @Test
    void capacityCapSendsArrivalsBeyondItToTheOverflowSetting() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        PlanStateSpace space = inputs.space();
        CohortSimulator simulator = new CohortSimulator(model, inputs.population());
        CapacityCap capA = new CapacityCap("A", 30, List.of("B"), null, null);
        RateMultiplier noLeaving = new RateMultiplier(Lever.LEAVERS, null, null, null, null, null, null, 0.0, null);
        SimulationResult result = simulator.run(start(space, new EhcpState("P", "T", 0), 200), 2017, 1,
                LeverSchedule.compile(model, List.of(noLeaving), List.of(capA), 2017, 1), 50, 5, true);
        int a = space.settingIndex("A");
        for (int k = 0; k < 50; k++) {
            int inA = 0;
            for (int i = 0; i < space.size(); i++) {
                inA += space.settingOf(i) == a ? result.states()[k][1][i] : 0;
            }
            assertTrue(inA <= 30, "A holds " + inA);
            assertTrue(result.overflowed()[k][1] > 0);
        }
        assertOnlyValidStates(result);
    }

    @Test
    void wholePlansKeepTheRoundedTotal() {
        int[] whole = CohortSimulator.toWholePlans(new double[] {1.5, 2.5, 0.4, 0.6});
        assertEquals(5, java.util.Arrays.stream(whole).sum());
        assertArrayEquals(new int[] {2, 2, 0, 1}, whole, java.util.Arrays.toString(whole));
    }

    @Test
    void sparseCellsBorrowFromTheirAcademicYearAndEveryAllowedDestinationStaysPossible() throws IOException {
        EhcpInputs inputs = inputs();
        RateModel model = EhcpFitting.fit(inputs, 2015, 2017);
        PlanStateSpace space = inputs.space();
        // B/U at year 3 was never seen: its leaver rate is the pooled year-3 rate (A/T's 0.5), not 0 or 1.
        int unseen = space.index(new EhcpState("B", "U", 3));
        assertEquals(0.5, model.meanLeaveProbability(unseen), 0.01);
        double alpha = model.leaveAlpha()[unseen];
        double beta = model.leaveBeta()[unseen];
        assertEquals(2.0, alpha + beta, 1e-9, "an unseen cell carries only the prior's 2 plans of weight");
        // Its movers can reach every valid allowed state a year on, each with positive probability.
        int[] destinations = model.destinations()[unseen];
        assertEquals(3, destinations.length, "A/T, A/U and B/T at year 4 (not staying in B/U)");
        double sum = 0;
        for (double p : model.destinationProbabilities()[unseen]) {
            assertTrue(p > 0);
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9);
    }
}
