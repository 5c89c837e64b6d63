package uk.sufficiency.engine.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PairRule;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.score.MatchingConstraintProvider;
import uk.sufficiency.model.child.Child;

/**
 * Explains one child's result: where they were placed and why, constraint by constraint, and how
 * the next best candidate placements compare (soft points, and whether each has room now).
 */
public final class MatchExplainer {

    /** Soft points of one request in one home, per objective (same order as SOFT_NAMES). */
    public record Breakdown(String placementId, long[] points) {
        public long total() {
            long total = 0;
            for (long p : points) {
                total += p;
            }
            return total;
        }
    }

    private final MatchingSolution solution;
    private final Occupancy occupancy;
    private final UnplacedDiagnosis diagnosis;

    public MatchExplainer(MatchingSolution solution) {
        this(solution, null);
    }

    /** @param pairRule the rule the problem was built with beyond the static ones (a region's pooling), or null */
    public MatchExplainer(MatchingSolution solution, PairRule pairRule) {
        this.solution = solution;
        this.occupancy = new Occupancy(solution);
        this.diagnosis = new UnplacedDiagnosis(solution, occupancy, pairRule);
    }

    public Optional<PlacementRequest> requestOf(String childId) {
        for (PlacementRequest request : solution.getRequests()) {
            for (Child child : request.getChildren()) {
                if (child.childId().equals(childId)) {
                    return Optional.of(request);
                }
            }
        }
        return Optional.empty();
    }

    public static Breakdown breakdown(PlacementRequest request, Home home) {
        SoftCosts c = request.getCosts();
        return new Breakdown(home.getId(), new long[] {c.costPoints(request, home), c.distancePoints(request, home),
            c.schoolPoints(request, home), c.preferencePoints(request, home), c.movePoints(request, home),
            c.overQualificationPoints(request, home)});
    }

    /** The explanation as lines of plain text; {@code alternatives} = how many candidates to compare. */
    public List<String> explain(String childId, int alternatives) {
        PlacementRequest request = requestOf(childId)
                .orElseThrow(() -> new IllegalArgumentException("no child " + childId + " in the scenario"));
        List<String> lines = new ArrayList<>();
        String who = childId + (request.getSize() > 1 ? " (placed with siblings "
                + String.join(", ", request.getChildren().stream().map(Child::childId)
                        .filter(id -> !id.equals(childId)).toList()) + ")" : "");
        Home home = request.getHome();
        if (request.isPinned()) {
            lines.add(who + " is in a permanent placement at " + home.getId() + "; it is kept as it is.");
            return lines;
        }
        SoftCosts costs = request.getCosts();
        if (home == null) {
            UnplacedDiagnosis.Diagnosis d = diagnosis.diagnose(request, alternatives);
            lines.add(who + " is unplaced: " + d.reason() + ".");
            lines.add("Nearest candidates and what rules each out:");
            for (UnplacedDiagnosis.Candidate candidate : d.candidates()) {
                lines.add(String.format(Locale.ROOT, "  %s (%s, %.1f km): %s", candidate.placementId(),
                        candidate.placementType(), candidate.distanceKm(), String.join("; ", candidate.ruledOutBy())));
            }
            return lines;
        }
        Breakdown chosen = breakdown(request, home);
        lines.add(String.format(Locale.ROOT, "%s is matched to %s (%s%s): %.1f km from home, GBP %.2f a week%s.",
                who, home.getId(), home.getPlacement().type().word(),
                home.getPlacement().skillLevel() == null ? "" : ", level " + home.getPlacement().skillLevel(),
                costs.distanceKm(request, home), costs.weeklyCostGbp(request, home),
                home == request.getCurrentHome() ? "; this is where they live now" : ""));
        lines.add("It meets every hard rule (skill level, age and sex approval, placement kind, specialist needs,");
        lines.add("connected carers, places, living-with" + (diagnosis.hasPairRule() ? ", the region's pooling" : "")
                + "). Soft points of this match (lower is better):");
        for (int i = 0; i < chosen.points().length; i++) {
            lines.add(String.format(Locale.ROOT, "  %-24s %8d", MatchingConstraintProvider.SOFT_NAMES.get(i),
                    chosen.points()[i]));
        }
        lines.add(String.format(Locale.ROOT, "  %-24s %8d", "Total", chosen.total()));
        List<Breakdown> others = new ArrayList<>();
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            if (range.at(i) != home) {
                others.add(breakdown(request, range.at(i)));
            }
        }
        others.sort(Comparator.comparingLong(Breakdown::total).thenComparing(Breakdown::placementId));
        if (others.isEmpty()) {
            lines.add("No other placement meets the hard rules for " + childId + ".");
            return lines;
        }
        lines.add("Next best candidates that meet the static rules (difference from this match, points):");
        List<Breakdown> shown = others.subList(0, Math.min(alternatives, others.size()));
        // as wide as the longest id shown: a region's ids carry the council's (leicestershire/P0095)
        String idColumn = "  %-" + Math.max(10, shown.stream().mapToInt(b -> b.placementId().length()).max().orElse(0)) + "s";
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, idColumn, "placement"));
        for (String name : List.of("cost", "distance", "school", "preference", "move", "over-qual", "total")) {
            header.append(String.format(Locale.ROOT, " %10s", name));
        }
        lines.add(header + "  now");
        for (Breakdown other : shown) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, idColumn, other.placementId()));
            for (int i = 0; i < other.points().length; i++) {
                row.append(String.format(Locale.ROOT, " %+10d", other.points()[i] - chosen.points()[i]));
            }
            row.append(String.format(Locale.ROOT, " %+10d", other.total() - chosen.total()));
            Home candidate = solution.getHomes().get(indexOf(other.placementId()));
            List<String> blockers = diagnosis.whyNot(request, candidate);
            row.append("  ").append(blockers.isEmpty() ? "has room" : String.join("; ", blockers));
            lines.add(row.toString());
        }
        return lines;
    }

    private int indexOf(String placementId) {
        for (Home home : solution.getHomes()) {
            if (home.getId().equals(placementId)) {
                return home.getIndex();
            }
        }
        throw new IllegalArgumentException(placementId);
    }
}
