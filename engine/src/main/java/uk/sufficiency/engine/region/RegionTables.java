package uk.sufficiency.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.table.Table;

/**
 * Regional matching's tables, through the shared table model (report, CSV and workbook alike):
 * each council and the region pooled against alone, the pooled proposal's waiting children, and the
 * pooling rules used. Money in GBP a week, distances in km (great-circle), counts in children.
 */
public final class RegionTables {

    public static final String COUNCILS = "region-councils";
    public static final String PLACEMENTS = "region-placements";
    public static final String RULES = "region-rules";

    private RegionTables() {
    }

    public static List<Table> of(RegionResult result) {
        return List.of(councils(result), placements(result), rules(result.region().pooling()));
    }

    /** One row per council and arrangement (pooled, alone), then the region's, then the change. */
    static Table councils(RegionResult result) {
        Table.Builder table = Table.builder(COUNCILS, "Each council pooled and alone: waiting children, in-house,"
                + " cost and distance", "council", "arrangement", "waiting_children", "waiting_placed",
                "placed_in_house", "placed_in_other_council", "left_waiting", "weekly_cost_gbp",
                "waiting_placed_weekly_cost_gbp", "charges_paid_weekly_gbp", "mean_distance_km").keys(2);
        for (RegionResult.Council council : result.councils()) {
            row(table, council.pooled(), "pooled");
            row(table, council.alone(), "alone");
            change(table, council.id(), council.pooled(), council.alone());
        }
        row(table, result.pooledTotal(), "pooled");
        row(table, result.aloneTotal(), "alone");
        change(table, CouncilOutcome.REGION, result.pooledTotal(), result.aloneTotal());
        return table.build();
    }

    private static void row(Table.Builder table, CouncilOutcome o, String arrangement) {
        table.row(o.council(), arrangement, o.waiting(), o.waitingPlaced(), o.placedInHouse(), o.placedElsewhere(),
                o.leftWaiting(), round2(o.weeklyCostGbp()), round2(o.waitingWeeklyCostGbp()), round2(o.chargesGbp()),
                Double.isNaN(o.meanDistanceKm()) ? null : round2(o.meanDistanceKm()));
    }

    private static void change(Table.Builder table, String council, CouncilOutcome pooled, CouncilOutcome alone) {
        double distance = pooled.meanDistanceKm() - alone.meanDistanceKm();
        table.row(council, "pooled less alone", pooled.waiting() - alone.waiting(),
                pooled.waitingPlaced() - alone.waitingPlaced(), pooled.placedInHouse() - alone.placedInHouse(),
                pooled.placedElsewhere() - alone.placedElsewhere(), pooled.leftWaiting() - alone.leftWaiting(),
                round2(pooled.weeklyCostGbp() - alone.weeklyCostGbp()),
                round2(pooled.waitingWeeklyCostGbp() - alone.waitingWeeklyCostGbp()),
                round2(pooled.chargesGbp() - alone.chargesGbp()), Double.isNaN(distance) ? null : round2(distance));
    }

    /** The pooled proposal for every waiting child it places, by child id. */
    static Table placements(RegionResult result) {
        Table.Builder table = Table.builder(PLACEMENTS, "Pooled proposal: where each waiting child is placed",
                "child_id", "council", "placement_id", "host_council", "placement_type", "in_house",
                "weekly_cost_gbp", "charge_weekly_gbp", "distance_km").keys(1);
        List<PlacementRequest> requests = new ArrayList<>(result.pooled().solution().getRequests());
        requests.sort(Comparator.comparing(PlacementRequest::getId));
        RegionPricing pricing = result.pricing();
        for (PlacementRequest request : requests) {
            Home home = request.getHome();
            for (int i = 0; i < request.getSize(); i++) {
                Child child = request.getChildren().get(i);
                if (home == null || child.status() != ChildStatus.WAITING) {
                    continue;
                }
                int age = request.agesYears()[i];
                double price = pricing.childWeeklyCostGbp(child, age, home.getPlacement());
                PlacementType type = home.getPlacement().type();
                boolean located = child.home() != null && home.getPlacement().location() != null;
                table.row(child.childId(), RegionMember.memberOf(child.childId()), home.getId(),
                        RegionMember.memberOf(home.getId()), type.word(), type.isInHouse() ? "yes" : "no",
                        round2(price), round2(price - pricing.hostWeeklyGbp(age, home.getPlacement())),
                        located ? round2(SoftCosts.childDistanceKm(child, home)) : null);
            }
        }
        return table.build();
    }

    static Table rules(PoolingRules pooling) {
        Table.Builder table = Table.builder(RULES, "Pooling rules used", "rule", "value", "unit").keys(1);
        table.row("shared_types", pooling.sharedTypes().isEmpty() ? "none"
                : String.join(", ", pooling.sharedTypes().stream().map(PlacementType::word).toList()), "");
        table.row("max_distance_km", pooling.maxDistanceKm() == null ? "no limit" : pooling.maxDistanceKm().toString(),
                "km");
        table.row("charge.uplift_percent", Double.toString(pooling.upliftPercent()), "%");
        table.row("charge.flat_weekly_gbp", Double.toString(pooling.flatWeeklyGbp()), "GBP/week");
        return table.build();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
