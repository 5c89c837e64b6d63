package uk.sufficiency.engine.matching.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.MatchingWeights;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;

/**
 * A matching result as tables and a summary: {@link #matchesTable()} (one row per placed child, with
 * each soft objective's points), {@link #unplacedTable()} (one row per unplaced child, the binding
 * reason and the nearest candidates with what rules each out) and {@link #summaryJson()}, which
 * {@code match} writes as matches.csv, unplaced.csv and summary.json through the shared writers.
 * Everything is sorted and rounded so that the same result always gives the same bytes; nothing
 * time-dependent is written.
 */
public final class MatchingReport {

    public static final List<String> MATCH_COLUMNS = List.of("child_id", "sibling_group", "status", "urgency",
            "placement_id", "placement_type", "skill_level", "required_level", "weekly_cost", "distance_km", "moved",
            "cost_points", "distance_points", "school_points", "preference_points", "move_points",
            "over_qualification_points", "total_points", "previous_placement_id", "previous_weekly_cost");
    public static final List<String> UNPLACED_COLUMNS = UnplacedRows.COLUMNS;
    /** The tables' names: {@code run} writes them as csv/NAME.csv, {@code match} as matches.csv, unplaced.csv, settings.csv. */
    public static final String MATCHES_TABLE = "matching-matches";
    public static final String UNPLACED_TABLE = "matching-unplaced-children";
    public static final String SETTINGS_TABLE = "matching-settings";

    private final Scenario scenario;
    private final MatchingResult result;
    private final long seed;
    private final List<Assumption> settings;

    public MatchingReport(Scenario scenario, MatchingResult result, long seed) {
        this(scenario, result, seed, List.of());
    }

    /** @param settings how the solver was run (steps, limits, seed) and where each value came from */
    public MatchingReport(Scenario scenario, MatchingResult result, long seed, List<Assumption> settings) {
        this.scenario = scenario;
        this.result = result;
        this.seed = seed;
        this.settings = List.copyOf(settings);
    }

    /** How the solver was run: each setting, its value, unit and source (scenario.yaml line, option or default). */
    public Table settingsTable() {
        Table.Builder table = Table.builder(SETTINGS_TABLE, "How the matching solver was run", "parameter", "value",
                "unit", "source").keys(1);
        settings.forEach(a -> table.row(a.parameter(), a.value(), a.unit(), a.source()));
        return table.build();
    }

    /** The solver's result the tables describe. */
    public MatchingResult result() {
        return result;
    }

    private MatchingSolution solution() {
        return result.solution();
    }

    // ---- matches ----

    /** One placed child and its share of the soft points (per-child units x weight, rounded). */
    record MatchRow(Child child, PlacementRequest request, Home home, double weeklyCostGbp, double distanceKm,
            boolean moved, long[] points, Double previousWeeklyCostGbp) {
    }

    List<MatchRow> matchRows() {
        List<MatchRow> rows = new ArrayList<>();
        for (PlacementRequest request : solution().getRequests()) {
            Home home = request.getHome();
            if (home == null) {
                continue;
            }
            SoftCosts costs = request.getCosts();
            MatchingWeights w = costs.weights();
            Placement placement = home.getPlacement();
            for (int i = 0; i < request.getSize(); i++) {
                Child child = request.getChildren().get(i);
                double cost = costs.childWeeklyCostGbp(child, request.agesYears()[i], placement);
                double km = SoftCosts.childDistanceKm(child, home);
                boolean moved = child.status() == ChildStatus.PLACED && !home.getId().equals(child.currentPlacementId());
                long[] points = new long[6];
                if (!request.isPinned()) {
                    points[0] = SoftCosts.points(w.costPerGbp(), cost);
                    points[1] = SoftCosts.points(w.distancePerKm(), km);
                    points[2] = costs.breaksSchool(child, home) ? SoftCosts.points(w.schoolContinuity(), 1) : 0;
                    points[3] = SoftCosts.points(w.preferenceStep(), placement.type().preferenceRank());
                    points[4] = moved ? SoftCosts.points(w.movePlacedChild(), 1) : 0;
                    points[5] = placement.skillLevel() == null ? 0 : SoftCosts.points(w.overQualification(),
                            Math.max(0, placement.skillLevel() - request.getRequiredLevel()));
                }
                // What the child cost where they lived before a move: the change a move makes to spending.
                Home before = request.getCurrentHome();
                Double previous = moved && before != null
                        ? costs.childWeeklyCostGbp(child, request.agesYears()[i], before.getPlacement()) : null;
                rows.add(new MatchRow(child, request, home, cost, km, moved, points, previous));
            }
        }
        rows.sort(Comparator.comparing(r -> r.child().childId()));
        return rows;
    }

    /** Every placed child with its share of the soft points: the table {@code matches.csv} and the run's step show. */
    public Table matchesTable() {
        return table(MATCHES_TABLE, "Every placed child and their points (as match writes matches.csv)", MATCH_COLUMNS, matchMaps());
    }

    /** Every unplaced child with the binding reason and the nearest candidates ruled out. */
    public Table unplacedTable() {
        return table(UNPLACED_TABLE, "Every unplaced child, the binding reason and the nearest"
                + " placements ruled out (as match writes unplaced.csv)", UNPLACED_COLUMNS, unplacedMaps());
    }

    private static Table table(String name, String title, List<String> columns, List<Map<String, Object>> maps) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> map : maps) {
            List<Object> row = new ArrayList<>();
            columns.forEach(c -> row.add(map.get(c) instanceof Boolean b ? b.toString() : map.get(c)));
            rows.add(row);
        }
        return new Table(name, title, columns, rows, 1);
    }

    private List<Map<String, Object>> matchMaps() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MatchRow r : matchRows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("child_id", r.child().childId());
            row.put("sibling_group", r.child().siblingGroup() == null ? "" : r.child().siblingGroup());
            row.put("status", r.child().status().word());
            row.put("urgency", r.child().urgency().word());
            row.put("placement_id", r.home().getId());
            row.put("placement_type", r.home().getPlacement().type().word());
            row.put("skill_level", r.home().getPlacement().skillLevel() == null ? "" : r.home().getPlacement().skillLevel());
            row.put("required_level", r.request().getRequiredLevel());
            row.put("weekly_cost", money(r.weeklyCostGbp()));
            row.put("distance_km", decimal(r.distanceKm(), 1));
            row.put("moved", r.moved());
            String[] names = {"cost_points", "distance_points", "school_points", "preference_points", "move_points",
                "over_qualification_points"};
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], r.points()[i]);
            }
            row.put("total_points", Arrays.stream(r.points()).sum());
            row.put("previous_placement_id", r.moved() ? r.child().currentPlacementId() : "");
            row.put("previous_weekly_cost", r.previousWeeklyCostGbp() == null ? "" : money(r.previousWeeklyCostGbp()));
            rows.add(row);
        }
        return rows;
    }

    // ---- unplaced ----

    private List<Map<String, Object>> unplacedMaps() {
        return UnplacedRows.of(solution(), null);
    }

    // ---- summary.json ----

    ObjectNode summary() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("scenario", scenario.name());
        root.put("as_of", scenario.asOfDate().toString());
        List<MatchRow> matches = matchRows();
        int placed = 0;
        int unplaced = 0;
        Map<String, int[]> byUrgency = new TreeMap<>();
        Map<String, int[]> byNeed = new TreeMap<>();
        int groups = 0;
        int groupsPlaced = 0;
        for (PlacementRequest request : solution().getRequests()) {
            if (request.isPinned()) {
                continue;
            }
            boolean isPlaced = request.getHome() != null;
            if (request.getSize() > 1) {
                groups++;
                groupsPlaced += isPlaced ? 1 : 0;
            }
            for (Child child : request.getChildren()) {
                if (isPlaced) {
                    placed++;
                } else {
                    unplaced++;
                }
                byUrgency.computeIfAbsent(child.urgency().word(), k -> new int[2])[isPlaced ? 0 : 1]++;
                if (child.needs().isEmpty()) {
                    byNeed.computeIfAbsent("none", k -> new int[2])[isPlaced ? 0 : 1]++;
                }
                for (Need need : child.needs()) {
                    byNeed.computeIfAbsent(need.word(), k -> new int[2])[isPlaced ? 0 : 1]++;
                }
            }
        }
        ObjectNode children = root.putObject("children");
        children.put("matched", placed + unplaced);
        children.put("placed", placed);
        children.put("unplaced", unplaced);
        children.put("permanent_kept", matches.stream().filter(m -> m.request().isPinned()).count());
        children.put("placed_children_moved", matches.stream().filter(MatchRow::moved).count());
        ObjectNode urgency = root.putObject("by_urgency");
        byUrgency.forEach((k, v) -> urgency.putObject(k).put("placed", v[0]).put("unplaced", v[1]));
        ObjectNode need = root.putObject("by_need");
        byNeed.forEach((k, v) -> need.putObject(k).put("placed", v[0]).put("unplaced", v[1]));

        putCostAndDistance(root, matches, placed);
        ObjectNode siblings = root.putObject("sibling_groups");
        siblings.put("groups", groups);
        siblings.put("placed_together", groupsPlaced);
        siblings.put("unplaced_together", groups - groupsPlaced);
        siblings.put("split", 0);
        putScoreAndSolver(root);
        return root;
    }

    /** Weekly and annual cost, in-house share, placements by type and distances, in that order. */
    private void putCostAndDistance(ObjectNode root, List<MatchRow> matches, int placed) {
        Map<String, Integer> byType = new TreeMap<>();
        double weekly = 0;
        double weeklyAll = 0;
        int inHouse = 0;
        List<Double> distances = new ArrayList<>();
        for (MatchRow m : matches) {
            weeklyAll += m.weeklyCostGbp();
            if (m.request().isPinned()) {
                continue;
            }
            weekly += m.weeklyCostGbp();
            byType.merge(m.home().getPlacement().type().word(), 1, Integer::sum);
            inHouse += m.home().getPlacement().type().isInHouse() ? 1 : 0;
            if (m.child().home() != null && m.home().getPlacement().location() != null) {
                distances.add(m.distanceKm());
            }
        }
        ObjectNode cost = root.putObject("cost");
        cost.put("weekly_gbp", money(weekly));
        cost.put("annual_gbp", money(WeeklyCost.annualGbp(weekly)));
        cost.put("weekly_gbp_including_permanent", money(weeklyAll));
        cost.put("annual_gbp_including_permanent", money(WeeklyCost.annualGbp(weeklyAll)));
        root.put("in_house_share", placed == 0 ? BigDecimal.ZERO : decimal((double) inHouse / placed, 4));
        ObjectNode types = root.putObject("placed_by_type");
        byType.forEach(types::put);
        ObjectNode distance = root.putObject("distance_km");
        distances.sort(Double::compare);
        distance.put("children_with_known_distance", distances.size());
        if (!distances.isEmpty()) {
            distance.put("mean", decimal(distances.stream().mapToDouble(Double::doubleValue).average().orElse(0), 1));
            distance.put("median", decimal(quantile(distances, 0.5), 1));
            distance.put("p90", decimal(quantile(distances, 0.9), 1));
            distance.put("max", decimal(distances.get(distances.size() - 1), 1));
        }
    }

    private void putScoreAndSolver(ObjectNode root) {
        HardMediumSoftLongScore score = result.score();
        ObjectNode scoreNode = root.putObject("score");
        scoreNode.put("text", score.toString());
        scoreNode.put("hard", score.hardScore());
        scoreNode.put("medium", score.mediumScore());
        scoreNode.put("soft", score.softScore());
        ObjectNode solver = root.putObject("solver");
        solver.put("seed", seed);
        solver.put("local_search_steps", result.stats().localSearchSteps());
        solver.put("score_calculations", result.stats().scoreCalculationCount());
        solver.put("construction_score", String.valueOf(result.stats().constructionScore()));
        solver.put("stopped_by_user", result.stats().terminatedEarly());
        solver.put("cut_short_by_time_limit", result.stats().cutShort());
        solver.put("requests", solution().getRequests().size());
        solver.put("placements", solution().getHomes().size());
    }

    /** {@code summary.json}: counts, cost, distances, score and solver statistics, indented, with a final newline. */
    public String summaryJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("summary could not be written as JSON", e);
        }
    }

    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.size() - 1, lower + 1);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    private static BigDecimal money(double gbp) {
        return decimal(gbp, 2);
    }

    private static BigDecimal decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
