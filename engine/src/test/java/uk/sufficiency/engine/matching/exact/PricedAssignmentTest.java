package uk.sufficiency.engine.matching.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The priced (column-generation) flow must equal the plain flow over every arc. */
class PricedAssignmentTest {

    @Test
    void equalsThePlainFullGraphFlowOnRandomInstances() {
        Random random = new Random(11);
        int multiRound = 0;
        for (int trial = 0; trial < 200; trial++) {
            Instance instance = Instance.random(random, 60, 30);
            int units = instance.units();
            int homes = instance.capacity().length;
            int[] capacity = instance.capacity();
            int[][] arcHome = instance.arcHome();
            long[][] arcCost = instance.arcCost();
            long[] unplaced = instance.unplaced();
            MinCostAssignment plain = new MinCostAssignment(capacity, arcHome, arcCost, unplaced);
            plain.solve();
            // Tiny first graphs and additions force many pricing rounds and warm re-routings.
            PricedAssignment priced = new PricedAssignment(capacity, candidates(arcHome), costs(arcHome, arcCost),
                    1 + random.nextInt(2), 1 + random.nextInt(2), random.nextInt(3));
            int[] assignment = priced.solve(unplaced);
            long total = 0;
            int[] load = new int[homes];
            for (int u = 0; u < units; u++) {
                if (assignment[u] == MinCostAssignment.UNPLACED) {
                    total += unplaced[u];
                } else {
                    load[assignment[u]]++;
                    total += costOf(arcHome[u], arcCost[u], assignment[u]);
                    assertEquals(costOf(arcHome[u], arcCost[u], assignment[u]), priced.assignedCost(u));
                }
            }
            for (int h = 0; h < homes; h++) {
                assertTrue(load[h] <= capacity[h], "trial " + trial + ": home " + h + " over capacity");
            }
            assertEquals(plain.totalCost(), total, "trial " + trial);
            assertEquals(plain.totalCost(), priced.totalCost(), "trial " + trial);
            if (priced.rounds() > 2) {
                multiRound++;
            }
        }
        assertTrue(multiRound > 20, "the random instances should exercise several pricing rounds: " + multiRound);
    }

    @Test
    void warmReRoutingEqualsSolvingAfresh() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            int units = 2 + random.nextInt(30);
            int homes = 1 + random.nextInt(10);
            int[] capacity = random.ints(homes, 0, 3).toArray();
            int[][] arcHome = new int[units][];
            long[][] arcCost = new long[units][];
            long[] unplaced = random.longs(units, 0, 2_000).toArray();
            for (int u = 0; u < units; u++) {
                arcHome[u] = random.ints(0, homes).distinct().limit(random.nextInt(homes + 1)).sorted().toArray();
                arcCost[u] = random.longs(arcHome[u].length, 0, 500).toArray();
            }
            MinCostAssignment warm = new MinCostAssignment(capacity, arcHome.clone(), arcCost.clone(), unplaced);
            warm.solve();
            for (int change = 0; change < 5; change++) {
                int u = random.nextInt(units);
                arcHome[u] = random.ints(0, homes).distinct().limit(random.nextInt(homes + 1)).sorted().toArray();
                arcCost[u] = random.longs(arcHome[u].length, 0, 500).toArray();
                warm.replaceArcs(u, arcHome[u], arcCost[u]);
            }
            warm.solve();
            MinCostAssignment fresh = new MinCostAssignment(capacity, arcHome, arcCost, unplaced);
            fresh.solve();
            assertEquals(fresh.totalCost(), warm.totalCost(), "trial " + trial);
        }
    }

    /**
     * The place prices certify optimality over the whole graph (LP duality): every unit's choice is
     * its cheapest option at those prices (own cost + price of the home, or unplaced), and only
     * full homes have a positive price. Small first graphs force several pricing rounds.
     */
    @Test
    void placePricesCertifyTheOptimumOverEveryArc() {
        Random random = new Random(17);
        for (int trial = 0; trial < 200; trial++) {
            Instance instance = Instance.random(random, 40, 20);
            int units = instance.units();
            int homes = instance.capacity().length;
            int[] capacity = instance.capacity();
            int[][] arcHome = instance.arcHome();
            long[][] arcCost = instance.arcCost();
            long[] unplaced = instance.unplaced();
            PricedAssignment priced = new PricedAssignment(capacity, candidates(arcHome), costs(arcHome, arcCost),
                    1, 1, 0);
            int[] assignment = priced.solve(unplaced);
            long[] price = priced.placePrices();
            int[] load = new int[homes];
            for (int u = 0; u < units; u++) {
                long chosen = assignment[u] == MinCostAssignment.UNPLACED ? unplaced[u]
                        : costOf(arcHome[u], arcCost[u], assignment[u]) + price[assignment[u]];
                if (assignment[u] != MinCostAssignment.UNPLACED) {
                    load[assignment[u]]++;
                }
                assertTrue(chosen <= unplaced[u], "trial " + trial + " unit " + u);
                for (int i = 0; i < arcHome[u].length; i++) {
                    if (capacity[arcHome[u][i]] > 0) {
                        assertTrue(chosen <= arcCost[u][i] + price[arcHome[u][i]], "trial " + trial + " unit " + u);
                    }
                }
            }
            for (int h = 0; h < homes; h++) {
                assertTrue(price[h] == 0 || load[h] == capacity[h], "trial " + trial + ": priced home " + h + " not full");
            }
        }
    }

    /** A random assignment problem: some homes full from the start, some units cheap to leave out. */
    private record Instance(int[] capacity, int[][] arcHome, long[][] arcCost, long[] unplaced) {

        int units() {
            return arcHome.length;
        }

        static Instance random(Random random, int maxUnits, int maxHomes) {
            int units = 1 + random.nextInt(maxUnits);
            int homes = 1 + random.nextInt(maxHomes);
            int[] capacity = new int[homes];
            for (int h = 0; h < homes; h++) {
                capacity[h] = random.nextInt(4);
            }
            int[][] arcHome = new int[units][];
            long[][] arcCost = new long[units][];
            long[] unplaced = new long[units];
            for (int u = 0; u < units; u++) {
                arcHome[u] = random.ints(0, homes).distinct().limit(random.nextInt(homes + 1)).sorted().toArray();
                arcCost[u] = random.longs(arcHome[u].length, 0, 1000).toArray();
                unplaced[u] = random.nextBoolean() ? 5_000 + random.nextInt(5_000) : random.nextInt(1_500);
            }
            return new Instance(capacity, arcHome, arcCost, unplaced);
        }
    }

    private static PricedAssignment.Candidates candidates(int[][] arcHome) {
        return new PricedAssignment.Candidates() {
            @Override
            public int units() {
                return arcHome.length;
            }

            @Override
            public int count(int unit) {
                return arcHome[unit].length;
            }

            @Override
            public int home(int unit, int position) {
                return arcHome[unit][position];
            }
        };
    }

    private static PricedAssignment.ArcCosts costs(int[][] arcHome, long[][] arcCost) {
        return new PricedAssignment.ArcCosts() {
            @Override
            public long cost(int unit, int home) {
                return costOf(arcHome[unit], arcCost[unit], home);
            }

            @Override
            public long lowerBound(int unit, int home) {
                return cost(unit, home) / 2;
            }

            @Override
            public long upperBound(int unit, int home) {
                return cost(unit, home) + 7;
            }
        };
    }

    private static long costOf(int[] homes, long[] costs, int home) {
        for (int i = 0; i < homes.length; i++) {
            if (homes[i] == home) {
                return costs[i];
            }
        }
        throw new AssertionError("no arc to " + home);
    }
}
