package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.DisplayNames;
import uk.sufficiency.engine.matching.MatchingCapability;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.report.WaitingList;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Matches every waiting child through matching's one entry point, {@link MatchingCapability}, as
 * {@code match} does (the same settings, seed rule and tables, so the two propose the same
 * placements), and answers the commissioner's question first: how many of the waiting children are
 * placed (emergencies apart), at what added weekly and annual cost, and who is left and why
 * ({@link WaitingList}). Children already placed count there only when the proposal moves them; the
 * rest are engine-wide totals, shown below and labelled so. The step reads the engine's own tables,
 * never its CSV, so the report, {@code match} and the web app agree.
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
        MatchingResult result = report.result();
        List<Table> tables = capability.tables(report);
        Rows matches = new Rows(named(tables, MatchingReport.MATCHES_TABLE));
        Rows unplaced = new Rows(named(tables, MatchingReport.UNPLACED_TABLE));
        WaitingList answer = WaitingList.of(matches.table(), unplaced.table(), context.scenario().leftClosedHomes());
        StepResult.Builder step = StepResult.builder();
        step.answer(String.join(" ", List.of(answer.sentence(), answer.emergenciesLeftSentence(),
                answer.closedHomesSentence())).strip().replaceAll(" +", " "));
        headlines(step, answer, matches);
        mixChart(step, matches);
        reasonsChart(step, answer);
        MatchMap.add(result.solution(), step);
        MatchCards.add(result.solution(), step);
        step.table(proposals(matches, context.scenario().leftClosedHomes()));
        if (!unplaced.rows().isEmpty()) {
            step.table(unplacedTable(unplaced));
        }
        // every row as match writes it (matches.csv, unplaced.csv, settings.csv), so the two can be compared
        tables.stream().filter(t -> !t.isEmpty()).forEach(step::table);
        step.summary("The solver (OptaPlanner: " + searchInWords(result) + "; final score "
                + result.score() + ") places as many children as the hard rules allow, emergencies first, then"
                + " minimises the weighted cost, distance, school, preference, move and over-qualification points."
                + " Each unplaced child is listed with the rule that binds and the nearest placements ruled out."
                + " Added cost is the weekly cost of the waiting children placed plus, for children the proposal"
                + " moves, their new cost less their present one; a year is 365.25 / 7 weeks.");
        return step.build();
    }

    /**
     * How the answer was found, in words: a step budget is also a cap of score calculations, so a
     * search stuck at the construction's optimum stops after a few steps, and saying only "7 steps"
     * reads as if the budget was cut.
     */
    public static String searchInWords(MatchingResult result) {
        var stats = result.stats();
        long steps = stats.localSearchSteps();
        String construction = "the construction places sibling groups by price and single children by exact min-cost flow";
        if (steps == 0) {
            return construction + ", with no local search";
        }
        String tried = String.format(Locale.UK, "%,d local-search step%s (%,d moves scored)", steps, steps == 1 ? "" : "s",
                stats.scoreCalculationCount());
        return stats.constructionScore() != null && stats.constructionScore().equals(result.score())
                ? construction + "; " + tried + " found nothing better"
                : construction + "; " + tried + " improved it from " + stats.constructionScore();
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

    private static void headlines(StepResult.Builder step, WaitingList answer, Rows matches) {
        step.headline("waiting-placed", "Waiting children placed, of " + answer.waiting() + " waiting",
                answer.placed(), "children");
        step.headline("emergencies-unplaced", "Emergencies left unplaced, of " + answer.emergencies(),
                answer.emergencies() - answer.emergenciesPlaced(), "children");
        step.headline("added-weekly-cost", "Added weekly cost of the proposal", Math.round(answer.addedWeeklyGbp()),
                "GBP/week");
        step.headline("added-annual-cost", "The same over a year", Math.round(answer.addedAnnualGbp()), "GBP/year");
        step.headline("unplaced", "Waiting children who cannot be placed", answer.unplaced(), "children");
        double weeklyAll = 0;
        int proposed = 0;
        for (List<Object> row : matches.rows()) {
            if (!"permanent".equals(matches.get(row, "status"))) {
                proposed++;
                weeklyAll += number(matches.get(row, "weekly_cost"));
            }
        }
        step.total("matched", "Children in the proposal, waiting and already placed", proposed, "children");
        step.total("matched-weekly-cost", "Weekly cost of every child in the proposal", Math.round(weeklyAll),
                "GBP/week");
    }

    private static void mixChart(StepResult.Builder step, Rows matches) {
        Map<String, Integer> byType = new TreeMap<>();
        for (List<Object> row : matches.rows()) {
            if ("waiting".equals(matches.get(row, "status"))) {
                byType.merge(DisplayNames.placementType(matches.get(row, "placement_type")), 1, Integer::sum);
            }
        }
        Table.Builder mixTable = Table.builder("matching-mix", "Waiting children placed, by placement type",
                "placement_type", "children").keys(1);
        List<Double> counts = new ArrayList<>();
        byType.forEach((type, count) -> {
            mixTable.row(type, count);
            counts.add(count.doubleValue());
        });
        step.chart(new ChartSpec("Waiting children placed, by placement type (children)", ChartSpec.Type.HBAR,
                new ArrayList<>(byType.keySet()), "children", List.of(ChartSpec.Series.of("children", counts)),
                "matching-mix"), mixTable.build());
    }

    private static void reasonsChart(StepResult.Builder step, WaitingList answer) {
        if (answer.unplacedByRule().isEmpty()) {
            return;
        }
        Table.Builder reasonTable = Table.builder("matching-unmet-reasons", "Reasons for unmet need: the rule that binds",
                "binding_rule", "children").keys(1);
        List<Double> counts = new ArrayList<>();
        answer.unplacedByRule().forEach((rule, count) -> {
            reasonTable.row(rule, count);
            counts.add(count.doubleValue());
        });
        step.chart(new ChartSpec("Reasons for unmet need (children)", ChartSpec.Type.HBAR,
                new ArrayList<>(answer.unplacedByRule().keySet()), "children",
                List.of(ChartSpec.Series.of("children", counts)), "matching-unmet-reasons"), reasonTable.build());
    }

    /** Waiting children first, then children the proposal moves, then those who stay, then permanent ones (engine-wide). */
    private static Table proposals(Rows matches, Map<String, String> leftClosedHomes) {
        Table.Builder table = Table.builder("matching-proposals",
                "Proposed matches: waiting children, then placed children moved, then those who stay",
                "child_id", "group", "urgency", "placement_id", "placement_type", "required_level", "skill_level",
                "weekly_cost_gbp", "previous_placement_id", "previous_weekly_cost_gbp", "distance_km", "total_points")
                .keys(1);
        // Permanent children too (they never move): a comparison of two runs then sees a child whose
        // home a variant closes go from that home to a new one, with both weekly costs.
        for (String group : List.of("waiting", "moved", "stays", "permanent")) {
            for (List<Object> row : matches.rows()) {
                String status = matches.get(row, "status");
                String rowGroup = "waiting".equals(status) ? "waiting" : "true".equals(matches.get(row, "moved"))
                        ? "moved" : "permanent".equals(status) ? "permanent" : "stays";
                if (!group.equals(rowGroup)) {
                    continue;
                }
                String child = matches.get(row, "child_id");
                String previous = leftClosedHomes.containsKey(child) ? leftClosedHomes.get(child) + " (closed)"
                        : matches.get(row, "previous_placement_id");
                String previousCost = matches.get(row, "previous_weekly_cost");
                table.row(child, group, matches.get(row, "urgency"), matches.get(row, "placement_id"),
                        DisplayNames.placementType(matches.get(row, "placement_type")),
                        integer(matches.get(row, "required_level")), integer(matches.get(row, "skill_level")),
                        number(matches.get(row, "weekly_cost")), previous,
                        previousCost.isBlank() ? null : number(previousCost), number(matches.get(row, "distance_km")),
                        integer(matches.get(row, "total_points")));
            }
        }
        return table.build();
    }

    private static Table unplacedTable(Rows unplaced) {
        Table.Builder table = Table.builder("matching-unplaced", "Waiting children who cannot be placed, and why",
                "child_id", "urgency", "required_level", "age", "binding_rule", "reason", "nearest_candidate",
                "ruled_out_by").keys(1);
        for (List<Object> row : unplaced.rows()) {
            table.row(unplaced.get(row, "child_id"), unplaced.get(row, "urgency"),
                    integer(unplaced.get(row, "required_level")), integer(unplaced.get(row, "age")),
                    unplaced.get(row, "binding_rule"), unplaced.get(row, "reason"), unplaced.get(row, "candidate_1"),
                    unplaced.get(row, "ruled_out_1"));
        }
        return table.build();
    }

    private static double number(String text) {
        return text == null || text.isBlank() ? 0.0 : Double.parseDouble(text);
    }

    /** Whole numbers as numbers (the workbook stores them so), blank as blank. */
    private static Long integer(String text) {
        return text == null || text.isBlank() ? null : Long.parseLong(text);
    }
}
