package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.DisplayNames;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.engine.matching.explain.UnplacedDiagnosis;
import uk.sufficiency.engine.matching.score.MatchingConstraintProvider;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.table.Table;

/**
 * A match card per waiting child or sibling group, as {@code explain} gives it: the proposed
 * placement with its type, weekly cost and points by term, and the next best placements with their
 * cost and why each lost (a rule that rules it out, or the points it scores beyond the one chosen);
 * for a child left unplaced, the binding rule, its reason and what rules out each near miss. Children
 * not placed come first, then emergencies, so that a report showing only the first cards shows those.
 * The report draws each row as a card ({@link ChartSpec.Type#CARDS}); the table is also matching-cards.csv.
 */
final class MatchCards {

    static final int ALTERNATIVES = 3;
    static final String PLACED = "placed";
    static final String NOT_PLACED = "not placed";

    private MatchCards() {
    }

    static void add(MatchingSolution solution, StepResult.Builder step) {
        Table table = of(solution);
        step.chart(new ChartSpec("Match cards: each waiting child's proposed placement, its points, and why not the"
                + " others", ChartSpec.Type.CARDS, List.of("outcome", "urgency", "placement_type"), "", List.of(),
                table.name()), table);
    }

    static Table of(MatchingSolution solution) {
        Occupancy occupancy = new Occupancy(solution);
        UnplacedDiagnosis diagnosis = new UnplacedDiagnosis(solution, occupancy);
        Table.Builder table = Table.builder("matching-cards",
                "Match cards: why each waiting child got their placement, and the alternatives (children not placed"
                        + " and emergencies first)",
                "children", "outcome", "urgency", "placement_type", "placement", "weekly_cost_gbp", "points_by_term",
                "binding_rule", "reason", "alternatives").keys(1);
        List<PlacementRequest> waiting = solution.getRequests().stream()
                .filter(r -> !r.isPinned() && r.getChildren().stream().anyMatch(c -> c.status() == ChildStatus.WAITING))
                .sorted(Comparator.comparing((PlacementRequest r) -> r.getHome() != null)
                        .thenComparing(r -> !emergency(r)).thenComparing(PlacementRequest::getId)).toList();
        for (PlacementRequest request : waiting) {
            String children = String.join(", ", request.getChildren().stream().map(Child::childId).toList());
            String urgency = emergency(request) ? "emergency" : "planned";
            Home home = request.getHome();
            if (home == null) {
                UnplacedDiagnosis.Diagnosis d = diagnosis.diagnose(request, ALTERNATIVES);
                List<String> near = new ArrayList<>();
                d.candidates().forEach(c -> near.add(c.placementId() + " (" + DisplayNames.placementType(c.placementType())
                        + "): " + String.join("; ", c.ruledOutBy())));
                table.row(children, NOT_PLACED, urgency, "no placement", "", null, "", d.rule(), d.reason(),
                        near.isEmpty() ? "no placement comes near" : String.join(" | ", near));
                continue;
            }
            SoftCosts costs = request.getCosts();
            MatchExplainer.Breakdown chosen = MatchExplainer.breakdown(request, home);
            table.row(children, PLACED, urgency, DisplayNames.placementType(home.getPlacement().type().word()),
                    home.getId(), Math.round(costs.weeklyCostGbp(request, home) * 100) / 100.0,
                    terms(chosen.points(), false) + " = " + chosen.total(), "", "",
                    alternatives(request, home, chosen, diagnosis));
        }
        return table.build();
    }

    private static boolean emergency(PlacementRequest request) {
        return request.getChildren().stream().anyMatch(c -> c.urgency() == Urgency.EMERGENCY);
    }

    /** "cost 582, distance 44, school 300": the terms that score, by name; signed when a difference. */
    private static String terms(long[] points, boolean signed) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            if (points[i] != 0) {
                parts.add(MatchingConstraintProvider.SOFT_NAMES.get(i).toLowerCase(Locale.ROOT) + " "
                        + (signed ? String.format(Locale.ROOT, "%+d", points[i]) : Long.toString(points[i])));
            }
        }
        return parts.isEmpty() ? "no points" : String.join(", ", parts);
    }

    private static String alternatives(PlacementRequest request, Home chosen, MatchExplainer.Breakdown chosenPoints,
            UnplacedDiagnosis diagnosis) {
        List<MatchExplainer.Breakdown> others = new ArrayList<>();
        for (Home home : request.getEligibleHomes().asList()) {
            if (home != chosen) {
                others.add(MatchExplainer.breakdown(request, home));
            }
        }
        others.sort(Comparator.comparingLong(MatchExplainer.Breakdown::total)
                .thenComparing(MatchExplainer.Breakdown::placementId));
        List<String> lines = new ArrayList<>();
        for (MatchExplainer.Breakdown other : others.subList(0, Math.min(ALTERNATIVES, others.size()))) {
            Home home = request.getEligibleHomes().asList().stream().filter(h -> h.getId().equals(other.placementId()))
                    .findFirst().orElseThrow();
            long[] difference = new long[other.points().length];
            for (int i = 0; i < difference.length; i++) {
                difference[i] = other.points()[i] - chosenPoints.points()[i];
            }
            lines.add(String.format(Locale.UK, "%s (%s), £%,.0f a week: %s", home.getId(),
                    DisplayNames.placementType(home.getPlacement().type().word()),
                    request.getCosts().weeklyCostGbp(request, home), whyLost(other.total() - chosenPoints.total(),
                            terms(difference, true), diagnosis.whyNot(request, home))));
        }
        return lines.isEmpty() ? "no other placement meets the rules" : String.join(" | ", lines);
    }

    /**
     * Why an alternative lost: the rules that rule it out now (a full place, a child it may not live
     * with), else the points it scores beyond the chosen placement (fewer points win).
     */
    static String whyLost(long morePoints, String terms, List<String> blockers) {
        String points = morePoints == 0 ? "the same points" : Math.abs(morePoints) + (morePoints > 0 ? " more" : " fewer")
                + " points (" + terms + ")";
        if (!blockers.isEmpty()) {
            return "ruled out: " + String.join("; ", blockers) + (morePoints < 0 ? "; it would score " + points
                    : morePoints > 0 ? "; it also scores " + points : "");
        }
        if (morePoints > 0) {
            return "lost on points: " + points;
        }
        return morePoints == 0 ? "has room and the same points: a tie, kept as the search found it"
                : "has room and " + points + ": a better match the search did not reach";
    }
}
