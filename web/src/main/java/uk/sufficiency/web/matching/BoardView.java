package uk.sufficiency.web.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.engine.matching.explain.UnplacedDiagnosis;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.report.WaitingList;
import uk.sufficiency.engine.matching.score.MatchingConstraintProvider;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The matching board as data: one card per waiting child or sibling group (pseudonymous ids only)
 * with the proposed placement, its weekly cost and distance, the score breakdown of
 * {@code explain}, and the next best alternatives with what each would cost; the binding reason
 * for each child left unplaced; and the points of the map.
 */
public record BoardView(String headline, int waiting, int placed, int emergenciesUnplaced, double addedWeeklyGbp,
        List<Card> cards, List<Card> unplaced, List<MapPoint> map, String score, long solveMillis) {

    /** One waiting child or sibling group. */
    public record Card(String requestId, String children, String ages, int requiredLevel, String needs,
            String urgency, boolean emergency, int siblings, String placementId, String placementType,
            String weeklyCostGbp, String distanceKm, List<Points> breakdown, List<Alternative> alternatives,
            String reason, boolean pinned, double lat, double lon) {
    }

    /** One soft objective's points for the proposed match. */
    public record Points(String name, long points) {
    }

    /** A next-best placement: its extra points, weekly cost, distance, and whether it has room now. */
    public record Alternative(String placementId, String placementType, String weeklyCostGbp, String distanceKm,
            long extraPoints, String room) {
    }

    /** A point of the map: a placement, or a child's family home joined to the proposed placement. */
    public record MapPoint(String kind, String id, double lat, double lon, Double toLat, Double toLon, String label) {
    }

    private static final int ALTERNATIVES = 3;

    public static BoardView of(Scenario scenario, MatchingResult result, BoardConstraints board) {
        MatchingSolution solution = result.solution();
        Occupancy occupancy = new Occupancy(solution);
        UnplacedDiagnosis diagnosis = new UnplacedDiagnosis(solution, occupancy);
        List<Card> cards = new ArrayList<>();
        List<Card> unplaced = new ArrayList<>();
        List<MapPoint> map = new ArrayList<>();
        int waiting = 0;
        int placed = 0;
        int emergenciesUnplaced = 0;
        double added = 0;
        for (PlacementRequest request : solution.getRequests()) {
            if (request.isPinned() || request.getChildren().stream().noneMatch(c -> c.status() == ChildStatus.WAITING)) {
                continue;
            }
            waiting += request.getSize();
            Card card = card(scenario, request, diagnosis, board);
            if (request.getHome() == null) {
                unplaced.add(card);
                if (card.emergency()) {
                    emergenciesUnplaced += request.getSize();
                }
            } else {
                placed += request.getSize();
                added += request.getCosts().weeklyCostGbp(request, request.getHome());
                cards.add(card);
                Child first = request.getChildren().get(0);
                var at = request.getHome().getPlacement().location();
                if (first.home() != null && at != null) {
                    map.add(new MapPoint("move", request.getId(), first.home().latitude(), first.home().longitude(),
                            at.latitude(), at.longitude(), request.getId() + " to " + request.getHome().getId()));
                }
            }
        }
        for (Home home : solution.getHomes()) {
            var at = home.getPlacement().location();
            if (at != null) {
                map.add(new MapPoint(board.unavailable().contains(home.getId()) ? "unavailable" : "placement",
                        home.getId(), at.latitude(), at.longitude(), null, null,
                        home.getId() + " (" + home.getPlacement().type().word() + ", " + occupancy.load(home) + " of "
                                + home.getPlaces() + " places)"));
            }
        }
        cards.sort(Comparator.comparing(Card::emergency).reversed().thenComparing(Card::requestId));
        // The same sentence as the report and the match command, counted from the same tables.
        MatchingReport report = new MatchingReport(scenario, result, 0L);
        WaitingList answer = WaitingList.of(report.matchesTable(), report.unplacedTable(), scenario.leftClosedHomes());
        String headline = String.join(" ", List.of(answer.sentence(), answer.emergenciesLeftSentence(),
                answer.closedHomesSentence())).strip().replaceAll(" +", " ");
        added = answer.addedWeeklyGbp();
        return new BoardView(headline, waiting, placed, emergenciesUnplaced, Math.round(added), cards, unplaced, map,
                String.valueOf(result.score()), result.stats().timeMillis());
    }

    private static Card card(Scenario scenario, PlacementRequest request, UnplacedDiagnosis diagnosis,
            BoardConstraints board) {
        List<Child> children = request.getChildren();
        TreeSet<String> needs = new TreeSet<>();
        children.forEach(c -> c.needs().forEach(n -> needs.add(n.name().toLowerCase(Locale.ROOT))));
        boolean emergency = children.stream().anyMatch(c -> c.urgency() == Urgency.EMERGENCY);
        StringBuilder ages = new StringBuilder();
        for (int age : request.agesYears()) {
            ages.append(ages.length() == 0 ? "" : ", ").append(age);
        }
        Home home = request.getHome();
        SoftCosts costs = request.getCosts();
        List<Points> breakdown = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        String reason = null;
        if (home != null) {
            long[] points = MatchExplainer.breakdown(request, home).points();
            for (int i = 0; i < points.length; i++) {
                breakdown.add(new Points(MatchingConstraintProvider.SOFT_NAMES.get(i), points[i]));
            }
            alternatives = alternatives(request, home, diagnosis);
        } else {
            UnplacedDiagnosis.Diagnosis d = diagnosis.diagnose(request, ALTERNATIVES);
            reason = d.reason();
            for (UnplacedDiagnosis.Candidate c : d.candidates()) {
                alternatives.add(new Alternative(c.placementId(), c.placementType(), "",
                        String.format(Locale.ROOT, "%.1f", c.distanceKm()), 0, String.join("; ", c.ruledOutBy())));
            }
        }
        Child first = children.get(0);
        return new Card(request.getId(), String.join(", ", children.stream().map(Child::childId).toList()),
                ages.toString(), request.getRequiredLevel(), String.join(", ", needs), emergency ? "emergency" : "planned",
                emergency, request.getSize(), home == null ? null : home.getId(),
                home == null ? null : home.getPlacement().type().word(),
                home == null ? null : String.format(Locale.ROOT, "%,.0f", costs.weeklyCostGbp(request, home)),
                home == null ? null : String.format(Locale.ROOT, "%.1f", costs.distanceKm(request, home)),
                breakdown, alternatives, reason, board.pins().containsKey(request.getId()),
                first.home() == null ? 0 : first.home().latitude(), first.home() == null ? 0 : first.home().longitude());
    }

    private static List<Alternative> alternatives(PlacementRequest request, Home chosen, UnplacedDiagnosis diagnosis) {
        SoftCosts costs = request.getCosts();
        long chosenTotal = costs.totalPoints(request, chosen);
        Map<Home, Long> totals = new LinkedHashMap<>();
        for (Home home : request.getEligibleHomes().asList()) {
            if (home != chosen) {
                totals.put(home, costs.totalPoints(request, home));
            }
        }
        return totals.entrySet().stream()
                .sorted(Map.Entry.<Home, Long>comparingByValue().thenComparing(e -> e.getKey().getId()))
                .limit(ALTERNATIVES)
                .map(e -> {
                    List<String> blockers = diagnosis.whyNot(request, e.getKey());
                    return new Alternative(e.getKey().getId(), e.getKey().getPlacement().type().word(),
                            String.format(Locale.ROOT, "%,.0f", costs.weeklyCostGbp(request, e.getKey())),
                            String.format(Locale.ROOT, "%.1f", costs.distanceKm(request, e.getKey())),
                            e.getValue() - chosenTotal, blockers.isEmpty() ? "has room" : String.join("; ", blockers));
                }).toList();
    }
}
