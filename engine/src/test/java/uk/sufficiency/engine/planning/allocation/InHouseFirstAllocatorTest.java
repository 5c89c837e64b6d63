package uk.sufficiency.engine.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InHouseFirstAllocatorTest {

    private static double[] byLevel(double... values) {
        double[] a = new double[7];
        System.arraycopy(values, 0, a, 1, values.length);
        return a;
    }

    @Test
    void aChildIsPlacedWithACarerAtOrAboveTheRequiredLevelNeverBelow() {
        double[][] placed = new double[7][7];
        // one level-2 child, places only at level 1 and level 4
        double total = InHouseFirstAllocator.allocate(byLevel(0, 1, 0, 0, 0, 0), byLevel(1, 0, 0, 1, 0, 0), placed);
        assertEquals(1, total, 0);
        assertEquals(1, placed[2][4], 0);
        assertEquals(0, placed[2][1], 0);
    }

    @Test
    void higherNeedsAreServedFirstSoTheMostChildrenArePlaced() {
        double[][] placed = new double[7][7];
        // a level-1 and a level-3 child, one level-3 place and one level-1 place
        double total = InHouseFirstAllocator.allocate(byLevel(1, 0, 1, 0, 0, 0), byLevel(1, 0, 1, 0, 0, 0), placed);
        assertEquals(2, total, 0);
        assertEquals(1, placed[3][3], 0);
        assertEquals(1, placed[1][1], 0);
    }

    @Test
    void theCheapestAdequateCarerIsUsed() {
        double[][] placed = new double[7][7];
        InHouseFirstAllocator.allocate(byLevel(0, 1, 0, 0, 0, 0), byLevel(0, 1, 0, 0, 1, 0), placed);
        assertEquals(1, placed[2][2], 0);
        assertEquals(0, placed[2][5], 0);
    }

    @Test
    void demandBeyondInHouseRoomIsLeftForExternalPlacements() {
        double[][] placed = new double[7][7];
        double total = InHouseFirstAllocator.allocate(byLevel(0, 0, 5, 0, 0, 0), byLevel(0, 0, 2, 1, 0, 0), placed);
        assertEquals(3, total, 0);
    }

    @Test
    void greedyPlacesAsManyChildrenAsABruteForceSearch() {
        Random random = new Random(7);
        for (int trial = 0; trial < 400; trial++) {
            double[] demand = new double[7];
            double[] places = new double[7];
            List<Integer> children = new ArrayList<>();
            for (int level = 1; level <= 6; level++) {
                places[level] = random.nextInt(3) * (random.nextBoolean() ? 1 : 0);
            }
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                int level = 1 + random.nextInt(6);
                demand[level]++;
                children.add(level);
            }
            double greedy = InHouseFirstAllocator.allocate(demand, places, new double[7][7]);
            int best = bruteForce(children, 0, places.clone());
            assertEquals(best, greedy, 1e-9, "trial " + trial);
        }
    }

    /** Tries every carer level (or external) for every child: the most children placed in-house. */
    private static int bruteForce(List<Integer> children, int index, double[] room) {
        if (index == children.size()) {
            return 0;
        }
        int best = bruteForce(children, index + 1, room); // placed externally
        for (int carer = children.get(index); carer <= 6; carer++) {
            if (room[carer] >= 1) {
                room[carer]--;
                best = Math.max(best, 1 + bruteForce(children, index + 1, room));
                room[carer]++;
            }
        }
        return best;
    }
}
