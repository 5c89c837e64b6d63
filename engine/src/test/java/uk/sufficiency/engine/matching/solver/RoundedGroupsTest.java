package uk.sufficiency.engine.matching.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;

class RoundedGroupsTest {

    /**
     * On a generated authority with groups, rules, children placed now and pinned ones: following the
     * relaxed flow's assignment (groups rounded whole, singles where the flow put them, the rest at
     * their cheapest free place, children who must keep a home made room for) breaks no hard rule,
     * puts every request the flow placed whole where the flow put it unless the rounding had no room,
     * and leaves at most a few more weighted children unplaced than the relaxed bound.
     */
    @Test
    void followingTheFlowIsFeasibleAndNearTheBound() {
        MatchingSolution problem = new MatchingProblemFactory(0).build(
                ScenarioGenerator.generate(GenerationProfile.england().withWaitingShare(0.3), 1500, 7));
        RelaxedFlow relaxed = RelaxedFlow.solve(problem);
        List<Home> homes = problem.getHomes();
        Occupied occupied = new Occupied(homes);
        List<PlacementRequest> complex = new ArrayList<>();
        List<PlacementRequest> singles = new ArrayList<>();
        for (PlacementRequest request : problem.getRequests()) {
            if (request.isPinned()) {
                occupied.take(request, request.getHome());
            } else {
                (request.getSize() > 1 || request.hasLivingWithRule() ? complex : singles).add(request);
            }
        }
        complex.sort(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed()
                .thenComparing(PlacementRequest::getId));
        PointsTable table = new PointsTable(complex.get(0).getCosts(), homes);
        Map<PlacementRequest, PointsTable.Pricer> pricers = new IdentityHashMap<>();
        complex.forEach(request -> pricers.put(request, table.of(request)));
        Home[] placedAt = new RoundedGroups(relaxed, occupied, (r, h) -> pricers.get(r).points(h.getIndex()), homes,
                singles).place(complex);
        int wholeInFlow = 0;
        int wholeKept = 0;
        for (int c = 0; c < complex.size(); c++) {
            int[] childHomes = relaxed.childHomes(complex.get(c));
            boolean whole = childHomes[0] >= 0 && java.util.Arrays.stream(childHomes).allMatch(h -> h == childHomes[0]);
            if (whole && complex.get(c).mayBeUnplaced()) {
                wholeInFlow++;
                wholeKept += placedAt[c] != null && placedAt[c].getIndex() == childHomes[0] ? 1 : 0;
            }
        }
        int[] assignment = RoundedGroups.singlesAsInFlow(singles, relaxed, occupied);
        FlowConstruction.fillUnrouted(singles, assignment, occupied, table);
        RoundedGroups.keepRequiredPlaced(complex, placedAt, singles, assignment, occupied);
        for (int c = 0; c < complex.size(); c++) {
            complex.get(c).setHome(placedAt[c]);
        }
        for (int u = 0; u < singles.size(); u++) {
            singles.get(u).setHome(assignment[u] < 0 ? null : homes.get(assignment[u]));
        }
        var score = MatchingScoring.score(problem);
        var bound = relaxed.result().score();
        assertEquals(0, score.hardScore(), score::toString);
        assertTrue(wholeInFlow > 20 && wholeKept >= wholeInFlow * 9 / 10, wholeKept + " of " + wholeInFlow);
        assertTrue(-score.mediumScore() <= -bound.mediumScore() * 11 / 10 + 5, score + " against the bound " + bound);
    }
}
