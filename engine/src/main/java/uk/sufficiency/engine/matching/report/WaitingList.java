package uk.sufficiency.engine.matching.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.table.Table;

/**
 * The commissioner's answer from a matching proposal, in their terms: how many of the waiting
 * children are placed (emergencies apart), what the proposal adds to weekly and annual spending,
 * and who is left and why. Counted from {@link MatchingReport}'s two tables only, so the report,
 * the {@code match} command and the web app say the same thing. Children already placed count
 * only where the proposal moves them (the change in their weekly cost); those who stay put are
 * engine-wide totals, not part of the answer.
 *
 * @param waiting            children waiting for a placement (placed by the proposal or not)
 * @param placed             waiting children the proposal places
 * @param emergencies        waiting children whose urgency is emergency
 * @param emergenciesPlaced  emergencies the proposal places
 * @param addedWeeklyGbp     weekly cost of the waiting children placed, plus the change for children moved
 * @param moved              children already placed whom the proposal moves
 * @param unplacedEmergencies ids of the emergencies left unplaced, sorted
 * @param unplacedByRule     unplaced children by binding rule, most first (ties by rule)
 * @param leftClosedHomes    children waiting because their home was closed by the scenario, by child id,
 *                           to what happens to them: "left P0258, now at P0120" or "left P0258, not placed"
 */
public record WaitingList(int waiting, int placed, int emergencies, int emergenciesPlaced, double addedWeeklyGbp,
        int moved, List<String> unplacedEmergencies, Map<String, Integer> unplacedByRule,
        Map<String, String> leftClosedHomes) {

    public WaitingList {
        unplacedEmergencies = List.copyOf(unplacedEmergencies);
        unplacedByRule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unplacedByRule));
        leftClosedHomes = java.util.Collections.unmodifiableMap(new TreeMap<>(leftClosedHomes));
    }

    /**
     * @param matches         {@link MatchingReport#matchesTable()}
     * @param unplaced        {@link MatchingReport#unplacedTable()}
     * @param leftClosedHomes children the scenario made wait by closing their home, to the home they left
     */
    public static WaitingList of(Table matches, Table unplaced, Map<String, String> leftClosedHomes) {
        int waiting = 0;
        int placed = 0;
        int emergencies = 0;
        int emergenciesPlaced = 0;
        int moved = 0;
        double added = 0;
        for (List<Object> row : matches.rows()) {
            String status = text(matches, row, "status");
            if ("waiting".equals(status)) {
                waiting++;
                placed++;
                added += number(matches, row, "weekly_cost");
                if ("emergency".equals(text(matches, row, "urgency"))) {
                    emergencies++;
                    emergenciesPlaced++;
                }
            } else if ("true".equals(text(matches, row, "moved"))) {
                moved++;
                added += number(matches, row, "weekly_cost") - number(matches, row, "previous_weekly_cost");
            }
        }
        List<String> unplacedEmergencies = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (List<Object> row : unplaced.rows()) {
            waiting++;
            byRule.merge(text(unplaced, row, "binding_rule"), 1, Integer::sum);
            if ("emergency".equals(text(unplaced, row, "urgency"))) {
                emergencies++;
                unplacedEmergencies.add(text(unplaced, row, "child_id"));
            }
        }
        unplacedEmergencies.sort(null);
        Map<String, String> closedOutcomes = new TreeMap<>();
        leftClosedHomes.forEach((child, home) -> closedOutcomes.put(child, "left " + home + ", not placed"));
        for (List<Object> row : matches.rows()) {
            String child = text(matches, row, "child_id");
            if (leftClosedHomes.containsKey(child)) {
                closedOutcomes.put(child, "left " + leftClosedHomes.get(child) + ", now at "
                        + text(matches, row, "placement_id"));
            }
        }
        Map<String, Integer> mostFirst = new LinkedHashMap<>();
        byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> mostFirst.put(e.getKey(), e.getValue()));
        return new WaitingList(waiting, placed, emergencies, emergenciesPlaced, added, moved, unplacedEmergencies,
                mostFirst, closedOutcomes);
    }

    public int unplaced() {
        return waiting - placed;
    }

    public double addedAnnualGbp() {
        return WeeklyCost.annualGbp(addedWeeklyGbp);
    }

    /**
     * The answer in one sentence: "35 of 50 waiting children placed (8 of 13 emergencies), adding
     * £12,782 a week (£666,491 a year); 15 cannot be placed (5 emergencies): every suitable placement
     * is full (6), ...".
     */
    public String sentence() {
        StringBuilder text = new StringBuilder(String.format(Locale.UK, "%d of %d waiting %s placed", placed, waiting,
                waiting == 1 ? "child" : "children"));
        if (emergencies > 0) {
            text.append(String.format(Locale.UK, " (%d of %d %s)", emergenciesPlaced, emergencies,
                    emergencies == 1 ? "emergency" : "emergencies"));
        }
        text.append(", ").append(addedWeeklyGbp < 0 ? "saving " : "adding ")
                .append(gbp(Math.abs(addedWeeklyGbp))).append(" a week (").append(gbp(Math.abs(addedAnnualGbp())))
                .append(" a year)");
        if (moved > 0) {
            text.append(String.format(Locale.UK, ", with %d placed %s moved", moved, moved == 1 ? "child" : "children"));
        }
        if (unplaced() == 0) {
            return text.append("; every waiting child is placed.").toString();
        }
        text.append(String.format(Locale.UK, "; %d cannot be placed", unplaced()));
        int emergenciesLeft = emergencies - emergenciesPlaced;
        if (emergenciesLeft > 0) {
            text.append(String.format(Locale.UK, " (%d %s)", emergenciesLeft,
                    emergenciesLeft == 1 ? "emergency" : "emergencies"));
        }
        List<String> reasons = new ArrayList<>();
        unplacedByRule.forEach((rule, count) -> reasons.add(rule + " (" + count + ")"));
        return text.append(": ").append(String.join("; ", reasons)).append('.').toString();
    }

    /** "Emergencies not placed: C0188, C0189.", or empty when every emergency is placed. */
    public String emergenciesLeftSentence() {
        if (unplacedEmergencies.isEmpty()) {
            return "";
        }
        return "Emergencies not placed: " + String.join(", ", unplacedEmergencies) + ".";
    }

    /** "2 children wait because ...: C0290 (left P0258, now at P0120), ...", or empty. */
    public String closedHomesSentence() {
        if (leftClosedHomes.isEmpty()) {
            return "";
        }
        List<String> who = new ArrayList<>();
        leftClosedHomes.forEach((child, outcome) -> who.add(child + " (" + outcome + ")"));
        return String.format(Locale.UK, "%d %s because this scenario closes the home they lived in: %s.",
                who.size(), who.size() == 1 ? "child waits" : "children wait", String.join(", ", who));
    }

    static String gbp(double value) {
        return String.format(Locale.UK, "£%,.0f", value);
    }

    private static String text(Table table, List<Object> row, String column) {
        int at = table.columns().indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("table " + table.name() + " has no column " + column);
        }
        Object cell = row.get(at);
        return cell == null ? "" : cell.toString();
    }

    private static double number(Table table, List<Object> row, String column) {
        String text = text(table, row, column);
        return text.isBlank() ? 0.0 : Double.parseDouble(text);
    }
}
