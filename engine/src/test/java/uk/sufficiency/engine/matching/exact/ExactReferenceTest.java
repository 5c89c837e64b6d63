package uk.sufficiency.engine.matching.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/** The priced reference must equal the plain min-cost flow over every eligible pair. */
class ExactReferenceTest {

    @Test
    void pricedReferenceEqualsThePlainFullGraphFlow() {
        for (long seed = 1; seed <= 3; seed++) {
            for (boolean singletons : new boolean[] {true, false}) {
                MatchingSolution problem = new MatchingProblemFactory(0)
                        .build(BenchInstances.random(seed == 3 ? 800 : 300, seed, singletons));
                ExactReference.Result priced = ExactReference.solve(problem);
                assertEquals(plainFullGraph(problem), priced.score(), "seed " + seed + " singletons " + singletons);
            }
        }
    }

    /** The reference as it was computed before pricing: every eligible arc in one flow. */
    private static HardMediumSoftLongScore plainFullGraph(MatchingSolution problem) {
        int[] capacity = new int[problem.getHomes().size()];
        for (Home home : problem.getHomes()) {
            capacity[home.getIndex()] = home.getPlaces();
        }
        List<PlacementRequest> movable = new ArrayList<>();
        for (PlacementRequest request : problem.getRequests()) {
            if (request.isPinned()) {
                capacity[request.getHome().getIndex()] -= request.getSize();
            } else {
                movable.add(request);
            }
        }
        List<int[]> homes = new ArrayList<>();
        List<long[]> costs = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        long mediumM = 1;
        long totalWeight = 0;
        for (PlacementRequest request : movable) {
            HomeRange range = request.getEligibleHomes();
            int size = request.getSize();
            for (int c = 0; c < size; c++) {
                int[] hs = new int[range.size()];
                long[] cs = new long[range.size()];
                long max = 0;
                for (int i = 0; i < range.size(); i++) {
                    hs[i] = range.at(i).getIndex();
                    cs[i] = ExactReference.share(request.getCosts().totalPoints(request, range.at(i)), size, c);
                    max = Math.max(max, cs[i]);
                }
                homes.add(hs);
                costs.add(cs);
                int weight = request.getChildren().get(c).urgency().unplacedWeight();
                weights.add(request.mayBeUnplaced() ? weight : -1);
                mediumM += max;
                totalWeight += weight;
            }
        }
        long hardM = mediumM * (totalWeight + 1);
        long[] unplaced = new long[homes.size()];
        for (int u = 0; u < unplaced.length; u++) {
            unplaced[u] = weights.get(u) < 0 ? hardM : mediumM * weights.get(u);
        }
        for (int h = 0; h < capacity.length; h++) {
            capacity[h] = Math.max(0, capacity[h]);
        }
        MinCostAssignment flow = new MinCostAssignment(capacity, homes.toArray(new int[0][]),
                costs.toArray(new long[0][]), unplaced);
        int[] assignment = flow.solve();
        long hard = 0;
        long medium = 0;
        long soft = 0;
        for (int u = 0; u < assignment.length; u++) {
            if (assignment[u] == MinCostAssignment.UNPLACED) {
                if (weights.get(u) < 0) {
                    hard++;
                } else {
                    medium += weights.get(u);
                }
            } else {
                soft += flow.assignedCost(u);
            }
        }
        return HardMediumSoftLongScore.of(-hard, -medium, -soft);
    }
}
