package uk.sufficiency.engine.matching.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The priced flow's rounds solved afresh (after a round that gave many units new arcs) and first
 * graphs seeded instead of scanned must reach the optimum of the plain flow over every arc, and a
 * fresh round stopped by the time limit must keep the last round's complete answer.
 */
class PricedRoundsTest {

    /**
     * Rounds that give many units new arcs solve the larger graph afresh; first graphs seeded from
     * random homes instead of a scan: the same optimum as the plain flow one unit at a time.
     */
    @Test
    void freshRoundsAndSeededGraphsReachThePlainOptimum() {
        Random random = new Random(59);
        int fresh = 0;
        for (int trial = 0; trial < 6; trial++) {
            Instance instance = Instance.wide(random);
            MinCostAssignment plain = instance.flow();
            plain.solve();
            PricedAssignment priced = new PricedAssignment(instance.capacity(), instance.candidates(), instance.costs(),
                    1, 1 + random.nextInt(2), 0);
            for (int u = 0; u < instance.units(); u += 1 + random.nextInt(3)) {
                int[] own = instance.arcHome()[u];
                priced.seedArcs(u, own.length == 0 ? own : random.ints(2, 0, own.length).map(i -> own[i]).toArray());
            }
            int[] assignment = priced.solve(instance.unplaced());
            instance.assertFeasible(assignment, "trial " + trial);
            assertEquals(plain.totalCost(), priced.totalCost(), "trial " + trial);
            fresh += priced.freshSolves() > 1 ? 1 : 0;
        }
        assertTrue(fresh > 2, "rounds should often solve afresh: " + fresh);
    }

    /**
     * Stopped while solving afresh, the flow answers with the last round's complete assignment (all
     * units routed), not the fresh solve's partial one, and a later solve goes on to the optimum.
     */
    @Test
    void aStoppedFreshRoundKeepsTheLastCompleteAnswer() {
        Random random = new Random(61);
        int stoppedFresh = 0;
        for (int trial = 0; trial < 6; trial++) {
            Instance instance = Instance.wide(random);
            PricedAssignment priced = new PricedAssignment(instance.capacity(), instance.candidates(), instance.costs(),
                    1, 1, 0);
            // Stop once a round has asked for a fresh solve (the first round's answer is complete).
            int[] answer = priced.solve(instance.unplaced(), null, priced::freshSolvePending);
            if (!priced.interrupted() || priced.freshSolves() != 1) {
                continue;
            }
            stoppedFresh++;
            instance.assertFeasible(answer, "trial " + trial);
            long cost = 0;
            for (int u = 0; u < answer.length; u++) {
                cost += answer[u] == MinCostAssignment.UNPLACED ? instance.unplaced()[u] : instance.cost(u, answer[u]);
            }
            assertEquals(priced.totalCost(), cost, "trial " + trial + ": the answer is the flow's assignment");
            MinCostAssignment plain = instance.flow();
            plain.solve();
            priced.solve(instance.unplaced());
            assertEquals(plain.totalCost(), priced.totalCost(), "trial " + trial);
        }
        assertTrue(stoppedFresh > 2, "fresh rounds should be stopped: " + stoppedFresh);
    }

    /** A unit the first scan has not reached has no graph to hand on (a seed from it would be empty). */
    @Test
    void unscannedUnitsHaveNoGraphToHandOn() {
        Instance instance = Instance.wide(new Random(67));
        PricedAssignment priced = new PricedAssignment(instance.capacity(), instance.candidates(), instance.costs());
        priced.solve(instance.unplaced(), null, () -> true);
        assertNull(priced.graphArcs(0));
        priced.solve(instance.unplaced());
        assertNotNull(priced.graphArcs(0));
    }

    /** A random assignment problem, some units cheap to leave out. */
    private record Instance(int[] capacity, int[][] arcHome, long[][] arcCost, long[] unplaced) {

        int units() {
            return arcHome.length;
        }

        /** Many units (enough for fresh rounds) with many arcs each: pricing one arc at a time gives most units new arcs each round. */
        static Instance wide(Random random) {
            int units = PricedAssignment.LARGE_UNITS + random.nextInt(1_500);
            int homes = 200 + random.nextInt(300);
            int[] capacity = random.ints(homes, 0, 12).toArray();
            int[][] arcHome = new int[units][];
            long[][] arcCost = new long[units][];
            long[] unplaced = new long[units];
            for (int u = 0; u < units; u++) {
                arcHome[u] = random.ints(0, homes).distinct().limit(5 + random.nextInt(25)).sorted().toArray();
                arcCost[u] = random.longs(arcHome[u].length, 0, 500).toArray();
                unplaced[u] = random.nextInt(4) == 0 ? random.nextInt(600) : 100_000L * (1 + random.nextInt(3));
            }
            return new Instance(capacity, arcHome, arcCost, unplaced);
        }

        MinCostAssignment flow() {
            return new MinCostAssignment(capacity, arcHome.clone(), arcCost.clone(), unplaced);
        }

        void assertFeasible(int[] assignment, String message) {
            int[] load = new int[capacity.length];
            for (int u = 0; u < assignment.length; u++) {
                if (assignment[u] != MinCostAssignment.UNPLACED) {
                    load[assignment[u]]++;
                    cost(u, assignment[u]);
                }
            }
            for (int h = 0; h < capacity.length; h++) {
                assertTrue(load[h] <= capacity[h], message + ": home " + h + " over capacity");
            }
        }

        long cost(int u, int h) {
            for (int i = 0; i < arcHome[u].length; i++) {
                if (arcHome[u][i] == h) {
                    return arcCost[u][i];
                }
            }
            throw new AssertionError("unit " + u + " has no arc to home " + h);
        }

        PricedAssignment.Candidates candidates() {
            return PricedAssignmentTest.candidates(arcHome);
        }

        PricedAssignment.ArcCosts costs() {
            return PricedAssignmentTest.costs(arcHome, arcCost);
        }
    }
}
