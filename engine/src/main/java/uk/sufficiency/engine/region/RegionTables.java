package uk.sufficiency.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.report.UnplacedRows;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.table.Table;

/**
 * Regional matching's tables, through the shared table model (report, CSV and workbook alike):
 * each council and the region pooled against alone, the pooled proposal's waiting children (where
 * each is placed, and why each left waiting is), and the pooling rules used. Money in GBP a week, distances in km (great-circle), counts in children.
 * Each council is given by its id ({@code council}: the key, stable if region.yaml renames it, and the
 * prefix of its children's and placements' ids) and, beside it, the name region.yaml gives it
 * ({@code council_name}, the id when it gives none), as the charts label it.
 */
public final class RegionTables {

    public static final String COUNCILS = "region-councils";
    public static final String PLACEMENTS = "region-placements";
    public static final String RULES = "region-rules";
    public static final String UNPLACED = "region-unplaced";

    private RegionTables() {
    }

    public static List<Table> of(RegionResult result) {
        return List.of(councils(result), placements(result), unplaced(result), rules(result.region().pooling()));
    }

    /** One row per council and arrangement (pooled, alone), then the region's, then the change. */
    static Table councils(RegionResult result) {
        Table.Builder table = Table.builder(COUNCILS, "Each council pooled and alone: waiting children, in-house,"
                + " cost and distance", "council", "council_name", "arrangement", "waiting_children", "waiting_placed",
                "placed_in_house", "placed_in_other_council", "left_waiting", "weekly_cost_gbp",
                "waiting_placed_weekly_cost_gbp", "charges_paid_weekly_gbp", "mean_distance_km").keys(3);
        for (RegionResult.Council council : result.councils()) {
            row(table, council.pooled(), council.name(), "pooled");
            row(table, council.alone(), council.name(), "alone");
            change(table, council.id(), council.name(), council.pooled(), council.alone());
        }
        String region = result.region().name();
        row(table, result.pooledTotal(), region, "pooled");
        row(table, result.aloneTotal(), region, "alone");
        change(table, CouncilOutcome.REGION, region, result.pooledTotal(), result.aloneTotal());
        return table.build();
    }

    private static void row(Table.Builder table, CouncilOutcome o, String name, String arrangement) {
        table.row(o.council(), name, arrangement, o.waiting(), o.waitingPlaced(), o.placedInHouse(),
                o.placedElsewhere(), o.leftWaiting(), round2(o.weeklyCostGbp()), round2(o.waitingWeeklyCostGbp()), round2(o.chargesGbp()),
                Double.isNaN(o.meanDistanceKm()) ? null : round2(o.meanDistanceKm()));
    }

    private static void change(Table.Builder table, String council, String name, CouncilOutcome pooled,
            CouncilOutcome alone) {
        double distance = pooled.meanDistanceKm() - alone.meanDistanceKm();
        table.row(council, name, "pooled less alone", pooled.waiting() - alone.waiting(),
                pooled.waitingPlaced() - alone.waitingPlaced(), pooled.placedInHouse() - alone.placedInHouse(),
                pooled.placedElsewhere() - alone.placedElsewhere(), pooled.leftWaiting() - alone.leftWaiting(),
                round2(pooled.weeklyCostGbp() - alone.weeklyCostGbp()),
                round2(pooled.waitingWeeklyCostGbp() - alone.waitingWeeklyCostGbp()),
                round2(pooled.chargesGbp() - alone.chargesGbp()), Double.isNaN(distance) ? null : round2(distance));
    }

    /** The pooled proposal for every waiting child it places, by child id. */
    static Table placements(RegionResult result) {
        Table.Builder table = Table.builder(PLACEMENTS, "Pooled proposal: where each waiting child is placed",
                "child_id", "council", "council_name", "placement_id", "host_council", "host_council_name",
                "placement_type", "in_house",
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
                String council = RegionMember.memberOf(child.childId());
                String host = RegionMember.memberOf(home.getId());
                table.row(child.childId(), council, name(result, council), home.getId(), host, name(result, host),
                        type.word(), type.isInHouse() ? "yes" : "no",
                        round2(price), round2(price - pricing.hostWeeklyGbp(age, home.getPlacement())),
                        located ? round2(SoftCosts.childDistanceKm(child, home)) : null);
            }
        }
        return table.build();
    }

    /**
     * Every child the pooled proposal leaves unplaced, by child id: the binding reason (the pooling
     * rule named where it is what binds) and the nearest placements with what rules each out, as a
     * council's unplaced.csv gives them, with the council beside the child.
     */
    static Table unplaced(RegionResult result) {
        List<String> columns = new ArrayList<>(List.of("child_id", "council", "council_name"));
        columns.addAll(UnplacedRows.COLUMNS.subList(1, UnplacedRows.COLUMNS.size()));
        Table.Builder table = Table.builder(UNPLACED, "Pooled proposal: every child left waiting, the binding reason"
                + " and the nearest placements ruled out", columns.toArray(new String[0])).keys(1);
        for (Map<String, Object> row : UnplacedRows.of(result.pooled().solution(), RegionMatching.rule(result.region()))) {
            String council = RegionMember.memberOf((String) row.get("child_id"));
            List<Object> values = new ArrayList<>(List.of(row.get("child_id"), council, name(result, council)));
            UnplacedRows.COLUMNS.subList(1, UnplacedRows.COLUMNS.size()).forEach(c -> values.add(row.get(c)));
            table.row(values.toArray());
        }
        return table.build();
    }

    /** A member's name as region.yaml gives it (its id when it gives none). */
    private static String name(RegionResult result, String member) {
        return result.region().member(member).map(RegionMember::name).orElse(member);
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
