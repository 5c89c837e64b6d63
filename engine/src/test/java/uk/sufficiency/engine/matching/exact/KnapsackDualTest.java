package uk.sufficiency.engine.matching.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Weak duality, checked by brute force on small random problems: for any multipliers the
 * Lagrangian bound is at most the least cost of any placement (every request at most once, every
 * home within its capacity, no two conflicting requests together), and at the best multipliers it
 * is often that least cost itself.
 */
class KnapsackDualTest {

    private static final int REQUESTS = 7;
    private static final int HOMES = 3;

    @Test
    void boundNeverExceedsTheLeastCostForAnyMultipliers() {
        Random random = new Random(7);
        int tight = 0;
        for (int instance = 0; instance < 40; instance++) {
            Small small = Small.random(random);
            long least = small.leastCost();
            long scale = 1 << 10;
            KnapsackDual dual = new KnapsackDual(small.problem(), scale, 6);
            for (int trial = 0; trial < 50; trial++) {
                long[] lambda = new long[REQUESTS];
                for (int r = 0; r < REQUESTS; r++) {
                    lambda[r] = random.nextInt(40 * (int) scale);
                }
                long bound = dual.evaluate(lambda, scale);
                assertTrue(bound <= least * scale, "instance " + instance + ": " + bound / (double) scale + " > " + least);
            }
            long[] ceiling = new long[REQUESTS];
            Arrays.fill(ceiling, 100 * scale);
            KnapsackDual.Solution best = dual.ascend(new long[REQUESTS], scale, 5, 3_000, Long.MAX_VALUE, Long.MAX_VALUE,
                    ceiling, scale);
            assertTrue(best.scaledBound() <= least * scale);
            tight += Math.floorDiv(-best.scaledBound(), scale) == -least ? 1 : 0;
        }
        assertTrue(tight >= 20, "the ascent closes the gap on most small problems: " + tight + " of 40");
    }

    @Test
    void aHomeKnapsackKeepsTheRules() {
        // one home of 2 places; request 0 (solo, value 5) against requests 1 and 2 (value 3 each)
        HomeKnapsack knapsack = new HomeKnapsack(2, 6);
        KnapsackDual.Conflicts soloFirst = new KnapsackDual.Conflicts() {
            @Override
            public boolean restricted(int t) {
                return t == 0;
            }

            @Override
            public boolean conflict(int a, int b, int h) {
                return true;
            }
        };
        long[] used = new long[3];
        knapsack.reset(2);
        knapsack.offerRuled(0, 1, -5);
        knapsack.offer(1, 1, -3, 1, true);
        knapsack.offer(2, 1, -3, 1, true);
        assertEquals(-6, knapsack.solve(used, soloFirst, 0));
        assertEquals(0, used[0]);
        assertEquals(1, used[1] * used[2]);
    }

    /** A random problem: sizes 1-2, values 1-9, costs 0-20, home capacities 1-3, some conflicts. */
    private record Small(int[] size, long[] value, int[] capacity, boolean[][] eligible, long[][] cost,
            boolean[] restricted, boolean[][] conflicts) {

        static Small random(Random random) {
            int[] size = new int[REQUESTS];
            long[] value = new long[REQUESTS];
            boolean[] restricted = new boolean[REQUESTS];
            boolean[][] conflicts = new boolean[REQUESTS][REQUESTS];
            for (int r = 0; r < REQUESTS; r++) {
                size[r] = 1 + random.nextInt(2);
                value[r] = 1 + random.nextInt(9);
                restricted[r] = random.nextInt(4) == 0;
            }
            for (int a = 0; a < REQUESTS; a++) {
                for (int b = 0; b < REQUESTS; b++) {
                    conflicts[a][b] = a != b && (restricted[a] || restricted[b]) && random.nextBoolean();
                    conflicts[b][a] = conflicts[a][b];
                }
            }
            int[] capacity = new int[HOMES];
            boolean[][] eligible = new boolean[REQUESTS][HOMES];
            long[][] cost = new long[REQUESTS][HOMES];
            for (int h = 0; h < HOMES; h++) {
                capacity[h] = 1 + random.nextInt(3);
                for (int r = 0; r < REQUESTS; r++) {
                    eligible[r][h] = size[r] <= capacity[h] && random.nextInt(4) > 0;
                    cost[r][h] = random.nextInt(6);
                }
            }
            return new Small(size, value, capacity, eligible, cost, restricted, conflicts);
        }

        /** Minimise cost - value (theta fixed at 1, target 0): the medium level's form with costs. */
        KnapsackDual.Problem problem() {
            int[] rowStart = new int[HOMES + 1];
            int[] entryType = new int[REQUESTS * HOMES];
            long[] entryCost = new long[REQUESTS * HOMES];
            int e = 0;
            for (int h = 0; h < HOMES; h++) {
                for (int r = 0; r < REQUESTS; r++) {
                    if (eligible[r][h]) {
                        entryType[e] = r;
                        entryCost[e++] = cost[r][h];
                    }
                }
                rowStart[h + 1] = e;
            }
            int[] count = new int[REQUESTS];
            Arrays.fill(count, 1);
            KnapsackDual.Conflicts rules = new KnapsackDual.Conflicts() {
                @Override
                public boolean restricted(int t) {
                    return restricted[t];
                }

                @Override
                public boolean conflict(int a, int b, int h) {
                    return conflicts[a][b];
                }
            };
            return new KnapsackDual.Problem(count, size, value, capacity, rowStart, Arrays.copyOf(entryType, e),
                    Arrays.copyOf(entryCost, e), 0, false, rules);
        }

        /** The least cost - value over every placement (brute force: each request in a home or none). */
        long leastCost() {
            int[] home = new int[REQUESTS];
            long least = 0;
            int options = HOMES + 1;
            int total = (int) Math.pow(options, REQUESTS);
            for (int code = 0; code < total; code++) {
                int c = code;
                for (int r = 0; r < REQUESTS; r++) {
                    home[r] = c % options - 1;
                    c /= options;
                }
                Long value = costOf(home);
                if (value != null) {
                    least = Math.min(least, value);
                }
            }
            return least;
        }

        private Long costOf(int[] home) {
            int[] load = new int[HOMES];
            long total = 0;
            for (int r = 0; r < REQUESTS; r++) {
                int h = home[r];
                if (h < 0) {
                    continue;
                }
                if (!eligible[r][h]) {
                    return null;
                }
                load[h] += size[r];
                total += cost[r][h] - value[r];
                for (int o = 0; o < r; o++) {
                    if (home[o] == h && conflicts[r][o]) {
                        return null;
                    }
                }
            }
            for (int h = 0; h < HOMES; h++) {
                if (load[h] > capacity[h]) {
                    return null;
                }
            }
            return total;
        }
    }
}
