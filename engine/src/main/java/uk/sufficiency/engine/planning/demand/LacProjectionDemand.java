package uk.sufficiency.engine.planning.demand;

import uk.sufficiency.model.child.SkillLevel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.projection.lac.ChildState;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.SimulationResult;
import uk.sufficiency.engine.ssda903.PlacementCategoryMap;
import uk.sufficiency.model.placement.PlacementKind;

/**
 * Adapter from the looked-after children projection's result to the planner's demand: each LAC
 * simulation path becomes one demand simulation, so the planner's bounds carry the projection's
 * uncertainty.
 *
 * <p>The projection gives the growth; the scenario's children give the level. Plan year t takes the
 * projection's year t (its months 12(t-1)+1 to 12t after its base); per placement kind, the path's
 * mean month-end stock over those months divided by the stock at the base is the kind's growth
 * factor, and the scenario's current children of that kind times the factor (rounded) is the
 * demand, split over skill levels in the current mix (largest remainder). Anchoring on the
 * scenario's own children keeps one time frame: the plan's years run from the scenario's as-of
 * date whatever date the projection's history ends on (which the demand description states).
 * Categories not mapped to a kind ({@code connected}: met by the connected carer; {@code other})
 * do not draw on the planner's supply.
 */
public final class LacProjectionDemand {

    private LacProjectionDemand() {
    }

    /** Foster, residential and supported categories of the default LAC category map. */
    public static Map<String, PlacementKind> defaultKinds() {
        Map<String, PlacementKind> kinds = new LinkedHashMap<>();
        kinds.put(PlacementCategoryMap.IN_HOUSE_FOSTER, PlacementKind.FOSTER);
        kinds.put(PlacementCategoryMap.IFA_FOSTER, PlacementKind.FOSTER);
        kinds.put(PlacementCategoryMap.RESIDENTIAL_IN_HOUSE, PlacementKind.RESIDENTIAL);
        kinds.put(PlacementCategoryMap.RESIDENTIAL_EXTERNAL, PlacementKind.RESIDENTIAL);
        kinds.put(PlacementCategoryMap.SUPPORTED, PlacementKind.SUPPORTED);
        return kinds;
    }

    /** Months of projection the plan needs: 12 a plan year. */
    public static int monthsNeeded(int years) {
        return 12 * years;
    }

    /**
     * @param result the LAC projection (its base is its history's last snapshot)
     * @param mix    the scenario's current children: the level of demand and its mix within each kind
     * @param years  plan years wanted
     * @throws IllegalArgumentException if the projection is shorter than the plan
     */
    public static DemandSimulations from(LacProjectionResult result, CurrentMix mix, int years,
            Map<String, PlacementKind> kinds) {
        SimulationResult projection = result.simulation();
        if (projection.months().size() < monthsNeeded(years)) {
            throw new IllegalArgumentException("the LAC projection covers " + projection.months().size()
                    + " months; the plan's " + years + " years need " + monthsNeeded(years));
        }
        List<String> categories = result.space().categories();
        double[] atBase = new double[PlacementKind.values().length];
        for (ChildState child : result.observations().population()) {
            PlacementKind kind = kinds.get(categories.get(child.category()));
            if (kind != null) {
                atBase[kind.ordinal()]++;
            }
        }
        int[][][][] counts = new int[projection.simulations()][years + 1][PlacementKind.values().length][SkillLevel.SLOTS];
        for (int t = 1; t <= years; t++) {
            for (int s = 0; s < projection.simulations(); s++) {
                double[] byKind = meanStock(projection, categories, kinds, s, 12 * (t - 1));
                for (PlacementKind kind : PlacementKind.values()) {
                    int k = kind.ordinal();
                    // a kind with no children at the base has no growth to take: held at today's children
                    double factor = atBase[k] == 0 ? 1.0 : byKind[k] / atBase[k];
                    int total = (int) Math.round(totalOf(mix, kind) * factor);
                    apportion(total, mix, kind, counts[s][t][k]);
                }
            }
        }
        return new ArrayDemand(counts);
    }

    /** In words: where the demand came from and how its calendar relates to the plan's. */
    public static String describe(LacProjectionResult result, LocalDate asOf) {
        LocalDate base = result.observations().windowEnd();
        String calendar = base.equals(asOf) ? "" : "; its history ends " + base + ", so its yearly growth from then is"
                + " applied to the scenario's children from " + asOf;
        return "LAC projection paths (" + result.simulations() + " simulations of the lac_projection section), growth"
                + " per placement kind applied to the scenario's children, split by their level mix" + calendar;
    }

    private static double[] meanStock(SimulationResult projection, List<String> categories,
            Map<String, PlacementKind> kinds, int s, int firstMonth) {
        double[] byKind = new double[PlacementKind.values().length];
        for (int c = 0; c < categories.size(); c++) {
            PlacementKind kind = kinds.get(categories.get(c));
            if (kind == null) {
                continue;
            }
            for (int m = firstMonth; m < firstMonth + 12; m++) {
                byKind[kind.ordinal()] += projection.stock(s, m, c, -1) / 12.0;
            }
        }
        return byKind;
    }

    private static double totalOf(CurrentMix mix, PlacementKind kind) {
        double total = 0;
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            total += mix.count(kind, level);
        }
        return total;
    }

    /** Splits {@code total} over levels 1-6 in the mix's proportions for the kind (largest remainder). */
    static void apportion(int total, CurrentMix mix, PlacementKind kind, int[] levels) {
        double base = totalOf(mix, kind);
        double[] share = new double[SkillLevel.SLOTS];
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            // with no current children of the kind, all of its demand counts at level 1
            share[level] = base == 0 ? (level == 1 ? 1 : 0) : mix.count(kind, level) / base;
        }
        int given = 0;
        double[] remainder = new double[SkillLevel.SLOTS];
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            double exact = total * share[level];
            levels[level] = (int) Math.floor(exact);
            remainder[level] = exact - levels[level];
            given += levels[level];
        }
        while (given < total) {
            int best = 1;
            for (int level = 2; level <= SkillLevel.MAX; level++) {
                if (remainder[level] > remainder[best]) {
                    best = level;
                }
            }
            levels[best]++;
            remainder[best] = -1;
            given++;
        }
    }
}
