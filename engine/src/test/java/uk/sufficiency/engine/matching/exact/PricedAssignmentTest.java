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
     * Capacities lowered and raised and arcs closed and reopened between solves (as refinement
     * does): re-optimising from the last optimum gives the optimum of a fresh solve every time.
     */
    @Test
    void warmCapacityAndArcChangesEqualSolvingAfresh() {
        Random random = new Random(23);
        int raisedWhilePriced = 0;
        for (int trial = 0; trial < 200; trial++) {
            Instance instance = Instance.random(random, 40, 15);
            int homes = instance.capacity().length;
            int[] most = instance.capacity();
            int[][] arcHome = instance.arcHome();
            long[][] arcCost = instance.arcCost();
            boolean[][] blocked = new boolean[instance.units()][homes];
            int[] now = most.clone();
            PricedAssignment warm = new PricedAssignment(most, blockable(arcHome, blocked), costs(arcHome, arcCost),
                    1 + random.nextInt(2), 1 + random.nextInt(2), random.nextInt(3));
            warm.solve(instance.unplaced());
            for (int change = 0; change < 6; change++) {
                int h = random.nextInt(homes);
                if (random.nextBoolean()) {
                    int before = now[h];
                    now[h] = random.nextInt(most[h] + 1);
                    raisedWhilePriced += now[h] > before && warm.placePrices()[h] > 0 ? 1 : 0;
                    warm.setCapacity(h, now[h]);
                } else {
                    boolean reopened = false;
                    for (int u = 0; u < blocked.length; u++) {
                        boolean was = blocked[u][h];
                        blocked[u][h] = random.nextInt(3) == 0;
                        reopened |= was && !blocked[u][h];
                    }
                    warm.dropArcs(h, u -> blocked[u][h], reopened);
                }
                warm.solve(instance.unplaced());
                PricedAssignment fresh = new PricedAssignment(now, blockable(arcHome, blocked),
                        costs(arcHome, arcCost));
                fresh.solve(instance.unplaced());
                assertEquals(fresh.totalCost(), warm.totalCost(), "trial " + trial + " change " + change);
            }
        }
        assertTrue(raisedWhilePriced > 20, "places should often open where a place has a price: " + raisedWhilePriced);
    }

    /** A solve stopped at once still places every required unit, within capacity, and resumes to the optimum. */
    @Test
    void stoppedSolvePlacesRequiredUnitsAndResumes() {
        stoppedSolvesResume(false);
    }

    /**
     * As above, with required units living in a home ({@code firstHome}): a solve stopped before
     * any scan keeps them there, unscanned, and the scan and the solve resume to the optimum.
     */
    @Test
    void stoppedScanKeepsRequiredUnitsWhereTheyLiveAndResumes() {
        stoppedSolvesResume(true);
    }

    private void stoppedSolvesResume(boolean livingSomewhere) {
        Random random = new Random(29);
        for (int trial = 0; trial < 100; trial++) {
            Instance instance = Instance.random(random, 40, 15);
            int units = instance.units();
            boolean[] required = new boolean[units];
            int[] home = new int[units];
            java.util.Arrays.fill(home, -1);
            int[] room = instance.capacity().clone();
            for (int u = 0; u < units; u++) {
                // Required units start where there is room, as placed children do.
                for (int h : instance.arcHome()[u]) {
                    if (room[h] > 0 && random.nextBoolean()) {
                        room[h]--;
                        home[u] = h;
                        required[u] = true;
                        break;
                    }
                }
            }
            long[] unplaced = instance.unplaced().clone();
            for (int u = 0; u < units; u++) {
                unplaced[u] = required[u] ? 1_000_000 : unplaced[u];
            }
            PricedAssignment flow = new PricedAssignment(instance.capacity(),
                    livingSomewhere ? livingIn(instance.arcHome(), home) : candidates(instance.arcHome()),
                    costs(instance.arcHome(), instance.arcCost()));
            // Some trials take places from homes where required units live (as complex requests
            // may in a polish): those who cannot all stay are scanned in full instead.
            boolean lowered = livingSomewhere && trial % 3 == 0;
            int[] now = instance.capacity().clone();
            for (int u = 0; u < units && lowered; u++) {
                if (required[u] && now[home[u]] > 0 && random.nextBoolean()) {
                    flow.setCapacity(home[u], --now[home[u]]);
                }
            }
            int[] first = flow.solve(unplaced, required, () -> true);
            int[] load = new int[room.length];
            for (int u = 0; u < units; u++) {
                assertTrue(lowered || !required[u] || first[u] != MinCostAssignment.UNPLACED, "trial " + trial);
                assertTrue(!livingSomewhere || lowered || !required[u] || first[u] == home[u], "trial " + trial);
                if (first[u] >= 0) {
                    load[first[u]]++;
                    assertTrue(load[first[u]] <= now[first[u]], "trial " + trial);
                }
            }
            assertTrue(flow.interrupted() || units == 0);
            flow.solve(unplaced);
            PricedAssignment fresh = new PricedAssignment(now, candidates(instance.arcHome()),
                    costs(instance.arcHome(), instance.arcCost()));
            fresh.solve(unplaced);
            assertEquals(fresh.totalCost(), flow.totalCost(), "trial " + trial);
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

    static PricedAssignment.Candidates candidates(int[][] arcHome) {
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

    private static PricedAssignment.Candidates livingIn(int[][] arcHome, int[] home) {
        PricedAssignment.Candidates all = candidates(arcHome);
        return new PricedAssignment.Candidates() {
            @Override
            public int units() {
                return all.units();
            }

            @Override
            public int count(int unit) {
                return all.count(unit);
            }

            @Override
            public int home(int unit, int position) {
                return all.home(unit, position);
            }

            @Override
            public int firstHome(int unit) {
                return home[unit];
            }
        };
    }

    private static PricedAssignment.Candidates blockable(int[][] arcHome, boolean[][] blocked) {
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
                int h = arcHome[unit][position];
                return blocked[unit][h] ? -1 : h;
            }
        };
    }

    static PricedAssignment.ArcCosts costs(int[][] arcHome, long[][] arcCost) {
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
