package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * placement with its weekly cost and points by term, and the next best placements with their cost,
 * how many more points each scores and by which terms, and whether it has room now (or, for a child
 * left unplaced, the binding reason and what rules out each near miss).
 */
final class MatchCards {

    static final int ALTERNATIVES = 3;

    private MatchCards() {
    }

    static Table of(MatchingSolution solution) {
        Occupancy occupancy = new Occupancy(solution);
        UnplacedDiagnosis diagnosis = new UnplacedDiagnosis(solution, occupancy);
        Table.Builder table = Table.builder("matching-cards",
                "Match cards: why each waiting child got their placement, and the alternatives",
                "children", "urgency", "placement", "weekly_cost_gbp", "points_by_term", "alternatives").keys(1);
        List<PlacementRequest> waiting = solution.getRequests().stream()
                .filter(r -> !r.isPinned() && r.getChildren().stream().anyMatch(c -> c.status() == ChildStatus.WAITING))
                .sorted(Comparator.comparing(PlacementRequest::getId)).toList();
        for (PlacementRequest request : waiting) {
            String children = String.join(", ", request.getChildren().stream().map(Child::childId).toList());
            String urgency = request.getChildren().stream().anyMatch(c -> c.urgency() == Urgency.EMERGENCY)
                    ? "emergency" : "planned";
            Home home = request.getHome();
            if (home == null) {
                UnplacedDiagnosis.Diagnosis d = diagnosis.diagnose(request, ALTERNATIVES);
                List<String> near = new ArrayList<>();
                d.candidates().forEach(c -> near.add(c.placementId() + ": " + String.join("; ", c.ruledOutBy())));
                table.row(children, urgency, "not placed: " + d.reason(), null, "", String.join(" | ", near));
                continue;
            }
            SoftCosts costs = request.getCosts();
            MatchExplainer.Breakdown chosen = MatchExplainer.breakdown(request, home);
            table.row(children, urgency, home.getId() + " (" + DisplayNames.placementType(home.getPlacement().type().word())
                    + ")", Math.round(costs.weeklyCostGbp(request, home) * 100) / 100.0, terms(chosen.points(), false)
                    + " = " + chosen.total(), alternatives(request, home, chosen, diagnosis));
        }
        return table.build();
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
            List<String> blockers = diagnosis.whyNot(request, home);
            lines.add(String.format(Locale.UK, "%s £%,.0f a week, %+d points (%s); %s", home.getId(),
                    request.getCosts().weeklyCostGbp(request, home), other.total() - chosenPoints.total(),
                    terms(difference, true), blockers.isEmpty() ? "has room" : String.join("; ", blockers)));
        }
        return lines.isEmpty() ? "no other placement meets the rules" : String.join(" | ", lines);
    }
}
