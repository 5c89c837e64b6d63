package uk.sufficiency.engine.matching.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinCostAssignmentTest {

    @Test
    void needsAnAugmentingChainToPlaceEveryone() {
        // Unit 0 prefers home 0 (cost 1) but can use home 1 (cost 5); unit 1 can only use home 0.
        MinCostAssignment assignment = new MinCostAssignment(new int[] {1, 1}, new int[][] {{0, 1}, {0}},
                new long[][] {{1, 5}, {1}}, new long[] {1000, 1000});
        assertArrayEquals(new int[] {1, 0}, assignment.solve());
        assertEquals(6, assignment.totalCost());
    }

    @Test
    void leavesTheCheaperToLeaveUnplacedOut() {
        assertArrayEquals(new int[] {MinCostAssignment.UNPLACED, 0}, new MinCostAssignment(new int[] {1},
                new int[][] {{0}, {0}}, new long[][] {{3}, {7}}, new long[] {100, 300}).solve());
    }

    @Test
    void matchesBruteForceOnRandomSmallInstances() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            Small instance = Small.random(random, 5);
            int[] capacity = instance.capacity();
            int[][] homes = instance.homes();
            long[][] costs = instance.costs();
            long[] unplaced = instance.unplaced();
            MinCostAssignment solver = new MinCostAssignment(capacity, homes, costs, unplaced);
            solver.solve();
            assertEquals(brute(0, capacity.clone(), homes, costs, unplaced), solver.totalCost(), "trial " + trial);
        }
    }

    /** A place's price lies between what one place more saves and what one place fewer costs. */
    @Test
    void placePricesAreMarginalValuesOfAPlace() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            Small instance = Small.random(random, 6);
            int homeCount = instance.capacity().length;
            int[] capacity = instance.capacity();
            int[][] homes = instance.homes();
            long[][] costs = instance.costs();
            long[] unplaced = instance.unplaced();
            MinCostAssignment solver = new MinCostAssignment(capacity, homes, costs, unplaced);
            solver.solve();
            long[] prices = solver.placePrices();
            for (int h = 0; h < homeCount; h++) {
                int[] more = capacity.clone();
                more[h]++;
                long saved = solver.totalCost() - brute(0, more, homes, costs, unplaced);
                assertTrue(prices[h] >= saved, "trial " + trial + " home " + h);
                if (capacity[h] > 0) {
                    int[] fewer = capacity.clone();
                    fewer[h]--;
                    long lost = brute(0, fewer, homes, costs, unplaced) - solver.totalCost();
                    assertTrue(prices[h] <= lost, "trial " + trial + " home " + h + ": " + prices[h] + " > " + lost);
                }
            }
        }
    }

    /** An instance small enough for brute force: up to 3 homes of 0-2 places. */
    private record Small(int[] capacity, int[][] homes, long[][] costs, long[] unplaced) {

        static Small random(Random random, int maxUnits) {
            int units = 1 + random.nextInt(maxUnits);
            int homeCount = 1 + random.nextInt(3);
            int[] capacity = new int[homeCount];
            for (int h = 0; h < homeCount; h++) {
                capacity[h] = random.nextInt(3);
            }
            int[][] homes = new int[units][];
            long[][] costs = new long[units][];
            long[] unplaced = new long[units];
            for (int u = 0; u < units; u++) {
                homes[u] = random.ints(0, homeCount).distinct().limit(random.nextInt(homeCount + 1)).toArray();
                costs[u] = random.longs(homes[u].length, 0, 50).toArray();
                unplaced[u] = random.nextInt(120);
            }
            return new Small(capacity, homes, costs, unplaced);
        }
    }

    private static long brute(int u, int[] capacity, int[][] homes, long[][] costs, long[] unplaced) {
        if (u == homes.length) {
            return 0;
        }
        long best = unplaced[u] + brute(u + 1, capacity, homes, costs, unplaced);
        for (int i = 0; i < homes[u].length; i++) {
            int h = homes[u][i];
            if (capacity[h] > 0) {
                capacity[h]--;
                best = Math.min(best, costs[u][i] + brute(u + 1, capacity, homes, costs, unplaced));
                capacity[h]++;
            }
        }
        return best;
    }
}
