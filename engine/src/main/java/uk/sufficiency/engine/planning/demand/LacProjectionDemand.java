package uk.sufficiency.engine.planning.demand;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.SimulationResult;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.LacCategory;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlannerCategory;

/**
 * Adapter from the looked-after-children projection ({@code uk.sufficiency.engine.projection.lac})
 * to the planner's demand: each LAC simulation path becomes one demand simulation, so the planner's
 * bounds carry the projection's uncertainty.
 *
 * <p>Plan year t (the 12 months ending on as_of + t years) takes, per placement kind, the mean of the
 * path's 12 month-end stocks in that year over the LAC categories mapped to the kind (rounded to
 * whole children), split over skill skill levels in the scenario's current mix of required levels
 * within that kind (largest remainder, so the levels add up to the kind's total). Categories not
 * mapped to a kind ({@code connected}: met by the connected carer; {@code other}: placed with
 * parents, adoption, secure units...) do not draw on the planner's supply.
 */
public final class LacProjectionDemand {

    private LacProjectionDemand() {
    }

    /**
     * Each LAC category's placement kind, from the type it is priced as: foster, residential and
     * supported. Connected care (a carer approved for one named child) and "other" draw on no supply.
     */
    public static Map<String, PlacementKind> defaultKinds() {
        Map<String, PlacementKind> kinds = new LinkedHashMap<>();
        for (LacCategory category : LacCategory.values()) {
            category.pricedAs().filter(type -> type.plannerCategory() != PlannerCategory.CONNECTED)
                    .ifPresent(type -> kinds.put(category.id(), type.kind()));
        }
        return kinds;
    }

    /**
     * @param projection the LAC simulation paths
     * @param mix        the scenario's current children: the level mix within each kind
     * @param asOf       the plan's as-of date; plan year t ends on asOf + t years
     * @param years      plan years wanted; each must lie within the projection's months
     * @param kinds      LAC category id to placement kind; unmapped categories are left out
     * @throws IllegalArgumentException if the projection does not cover a plan year
     */
    public static DemandSimulations from(SimulationResult projection, CurrentMix mix, LocalDate asOf, int years,
            Map<String, PlacementKind> kinds) {
        List<String> categories = projection.space().categories();
        List<YearMonth> months = projection.months();
        int kindCount = PlacementKind.values().length;
        int[][][][] counts = new int[projection.simulations()][years + 1][kindCount][SkillLevel.SLOTS];
        for (int t = 1; t <= years; t++) {
            YearMonth end = YearMonth.from(asOf.plusYears(t));
            int[] monthIndex = new int[12];
            for (int m = 0; m < 12; m++) {
                monthIndex[m] = months.indexOf(end.minusMonths(11 - m));
                if (monthIndex[m] < 0) {
                    throw new IllegalArgumentException("the LAC projection (" + months.get(0) + " to "
                            + months.get(months.size() - 1) + ") does not cover plan year " + t + " ending " + end);
                }
            }
            for (int s = 0; s < projection.simulations(); s++) {
                double[] byKind = new double[kindCount];
                for (int c = 0; c < categories.size(); c++) {
                    PlacementKind kind = kinds.get(categories.get(c));
                    if (kind == null) {
                        continue;
                    }
                    for (int m : monthIndex) {
                        byKind[kind.ordinal()] += projection.stock(s, m, c, -1) / 12.0;
                    }
                }
                for (PlacementKind kind : PlacementKind.values()) {
                    apportion((int) Math.round(byKind[kind.ordinal()]), mix, kind, counts[s][t][kind.ordinal()]);
                }
            }
        }
        return new ArrayDemand(counts);
    }

    /** In words: where the demand came from and how its calendar relates to the plan's. */
    public static String describe(LacProjectionResult result, LocalDate asOf) {
        return "LAC projection paths (" + result.simulations() + " simulations of the lac_projection section) from "
                + asOf + ", by placement kind, split by the scenario's current level mix. " + result.timeFrame().note();
    }

    /** Splits {@code total} over skill levels in the mix's proportions for the kind (largest remainder). */
    static void apportion(int total, CurrentMix mix, PlacementKind kind, int[] levels) {
        double base = 0;
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            base += mix.count(kind, level);
        }
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
            int best = SkillLevel.MIN;
            for (int level = SkillLevel.MIN + 1; level <= SkillLevel.MAX; level++) {
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
