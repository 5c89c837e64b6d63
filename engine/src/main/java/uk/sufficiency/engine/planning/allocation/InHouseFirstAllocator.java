package uk.sufficiency.engine.planning.allocation;

import uk.sufficiency.model.child.SkillLevel;

/**
 * Places one year's foster demand into in-house places: a child needing level r can live with a
 * carer of any level c >= r. The most children are placed in-house by serving needs from level 6
 * down, each taking places from its own level up (cheapest adequate carer first).
 *
 * <p>Why this is optimal for counts: the carers a level-r child may use ({c >= r}) contain those of
 * every higher need, so the sets are nested. Serving the most constrained need first never takes a
 * place a more constrained child could have used, and every place left at level >= r is usable by
 * every need below r, so which of them level r takes does not change how many lower needs can be
 * placed (only their cost: lowest level first pays the lowest skill fee). A brute-force test checks
 * this on small cases.
 */
public final class InHouseFirstAllocator {

    private InHouseFirstAllocator() {
    }

    /**
     * @param demand  children by required level, index 1-6 (index 0 unused)
     * @param places  usable in-house places by carer level, index 1-6
     * @param placed  out: {@code [required][carer]} children placed in-house (cleared first)
     * @return children placed in-house in total
     */
    public static double allocate(double[] demand, double[] places, double[][] placed) {
        double[] room = places.clone();
        double total = 0;
        for (int required = SkillLevel.MAX; required >= SkillLevel.MIN; required--) {
            java.util.Arrays.fill(placed[required], 0);
            double waiting = demand[required];
            for (int carer = required; carer <= SkillLevel.MAX && waiting > 0; carer++) {
                double take = Math.min(waiting, room[carer]);
                if (take > 0) {
                    placed[required][carer] = take;
                    room[carer] -= take;
                    waiting -= take;
                    total += take;
                }
            }
        }
        return total;
    }
}
