package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.engine.matching.MatchingCapability;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Matches every waiting child through matching's one entry point, {@link MatchingCapability}, as
 * {@code match} does (the same settings, seed rule and tables, so the two propose the same
 * placements), and shows the proposed matches, the mix of placement types they use, and why the
 * children left unplaced could not be placed (docs/methods/matching.md). The solver's result is
 * shared for the plan.
 */
public final class MatchStep implements RunStep {

    private final MatchingCapability capability = new MatchingCapability();

    @Override
    public String id() {
        return capability.id();
    }

    @Override
    public String title() {
        return "Matching waiting children to placements";
    }

    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        capability.settings(scenario, problems);
    }

    @Override
    public StepResult run(RunContext context) {
        MatchingReport report = capability.run(capability.settingsOrThrow(context.scenario()), context.pipeline());
        List<Table> tables = capability.tables(report);
        return summarise(new Rows(named(tables, MatchingReport.MATCHES_TABLE)),
                new Rows(named(tables, MatchingReport.UNPLACED_TABLE)), report.result(), tables);
    }

    private static Table named(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Cells of the report's tables by column name: the step reads the engine's tables, never its CSV. */
    private record Rows(Table table) {
        List<List<Object>> rows() {
            return table.rows();
        }

        String get(List<Object> row, String column) {
            Object cell = row.get(table.columns().indexOf(column));
            return cell == null ? "" : cell.toString();
        }
    }

    private static StepResult summarise(Rows matches, Rows unplaced, MatchingResult result, List<Table> capabilityTables) {
        StepResult.Builder step = StepResult.builder();
        List<List<Object>> proposals = matches.rows().stream()
                .filter(r -> !"permanent".equals(matches.get(r, "status"))).toList();
        double weeklyCost = 0;
        Map<String, Integer> byType = new TreeMap<>();
        Table.Builder matchTable = Table.builder("matching-proposals", "Proposed matches (waiting and placed children)",
                "child_id", "status", "urgency", "placement_id", "placement_type", "required_level", "skill_level",
                "weekly_cost_gbp", "distance_km", "moved", "total_points").keys(1);
        for (List<Object> row : proposals) {
            weeklyCost += number(matches.get(row, "weekly_cost"));
            byType.merge(matches.get(row, "placement_type"), 1, Integer::sum);
            matchTable.row(matches.get(row, "child_id"), matches.get(row, "status"), matches.get(row, "urgency"),
                    matches.get(row, "placement_id"), matches.get(row, "placement_type"),
                    matches.get(row, "required_level"), matches.get(row, "skill_level"),
                    number(matches.get(row, "weekly_cost")), number(matches.get(row, "distance_km")),
                    matches.get(row, "moved"), number(matches.get(row, "total_points")));
        }
        Table.Builder mixTable = Table.builder("matching-mix", "Children matched, by placement type",
                "placement_type", "children").keys(1);
        List<String> types = new ArrayList<>(byType.keySet());
        List<Double> counts = new ArrayList<>();
        byType.forEach((type, count) -> {
            mixTable.row(type, count);
            counts.add(count.doubleValue());
        });
        step.chart(new ChartSpec("Children matched, by placement type", ChartSpec.Type.BAR, types, "children",
                List.of(ChartSpec.Series.of("children", counts)), "matching-mix"), mixTable.build());

        Map<String, Integer> byReason = new TreeMap<>();
        Table.Builder unplacedTable = Table.builder("matching-unplaced", "Children not placed, and why",
                "child_id", "urgency", "required_level", "age", "reason", "nearest_candidate", "ruled_out_by").keys(1);
        for (List<Object> row : unplaced.rows()) {
            byReason.merge(unplaced.get(row, "reason"), 1, Integer::sum);
            unplacedTable.row(unplaced.get(row, "child_id"), unplaced.get(row, "urgency"),
                    unplaced.get(row, "required_level"), unplaced.get(row, "age"), unplaced.get(row, "reason"),
                    unplaced.get(row, "candidate_1"), unplaced.get(row, "ruled_out_1"));
        }
        Table.Builder reasonTable = Table.builder("matching-unmet-reasons", "Reasons for unmet need",
                "reason", "children").keys(1);
        List<String> reasons = new ArrayList<>(byReason.keySet());
        List<Double> reasonCounts = new ArrayList<>();
        byReason.forEach((reason, count) -> {
            reasonTable.row(reason, count);
            reasonCounts.add(count.doubleValue());
        });
        if (!reasons.isEmpty()) {
            step.chart(new ChartSpec("Reasons for unmet need", ChartSpec.Type.BAR, reasons, "children",
                    List.of(ChartSpec.Series.of("children", reasonCounts)), "matching-unmet-reasons"), reasonTable.build());
        }
        step.table(matchTable.build());
        if (!unplaced.rows().isEmpty()) {
            step.table(unplacedTable.build());
        }
        // every row as match writes it (matches.csv, unplaced.csv), so the two can be compared
        capabilityTables.stream().filter(t -> !t.isEmpty()).forEach(step::table);
        step.headline("matched", "Children matched (waiting and placed)", proposals.size(), "children");
        step.headline("unplaced", "Children the engine could not place", unplaced.rows().size(), "children");
        step.headline("matched-weekly-cost", "Weekly cost of the proposed matches", Math.round(weeklyCost), "GBP/week");
        step.summary("The solver (OptaPlanner, " + result.stats().localSearchSteps() + " local-search steps, final score "
                + result.score() + ") places as many children as the hard rules allow, emergencies first, then"
                + " minimises the weighted cost, distance, school, preference, move and over-qualification points."
                + " Each unplaced child is listed with the binding reason and the nearest placement that was ruled out.");
        return step.build();
    }

    private static double number(String text) {
        return text == null || text.isBlank() ? 0.0 : Double.parseDouble(text);
    }
}
