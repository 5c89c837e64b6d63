package uk.sufficiency.engine.matching.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;

/**
 * The refinement's compound moves (decision 0095): a placed sibling group or living-with child into
 * a home where it does not fit, the complex requests there moved out to their best priced homes.
 */
class CompoundMovesTest {

    /**
     * After the construction and the polish, none of the compound moves the refinement offers (priced
     * below zero at the singles' place prices) lowers the exact total: complex requests' own points
     * plus the singles' optimal flow. Before compound moves, several did on this instance.
     */
    @Test
    void noOfferedCompoundMoveImprovesTheSolvedProposal() {
        var scenario = ScenarioGenerator.generate(GenerationProfile.england().withWaitingShare(0.3), 1000, 5);
        MatchingSolution solution = new MatchingService(MatchingOptions.steps(1, 0)).solve(scenario).solution();
        State state = new State(solution);
        long total = state.total();
        List<PlacedEjections.Candidate> offered = state.compound.candidates(state.singles::placePrice,
                state.complex.size(), Refinement.WIDER_CANDIDATES_CHECKED, () -> true);
        assertTrue(!offered.isEmpty(), "no compound move offered: the check would prove nothing");
        long[] prices = state.singles.prices();
        for (PlacedEjections.Candidate candidate : offered) {
            Home[] before = state.placedAt.clone();
            state.compound.apply(candidate, c -> prices[c]);
            long changed = state.total();
            assertTrue(changed >= total, "moving " + state.complex.get(candidate.mover()).getId() + " to "
                    + candidate.target().getId() + " lowers the total by " + (total - changed));
            state.restore(before);
        }
    }

    /** The refinement's picture of a solved proposal: complex requests where they are, singles by exact flow. */
    private static final class State {
        final List<PlacementRequest> complex = new ArrayList<>();
        final Home[] placedAt;
        final Occupied occupied;
        final SinglesFlow singles;
        final PlacedEjections compound;
        final PointsTable table;
        final long unitM;
        final long hardM;

        State(MatchingSolution solution) {
            occupied = new Occupied(solution.getHomes());
            List<PlacementRequest> simple = new ArrayList<>();
            List<PlacementRequest> movable = new ArrayList<>();
            for (PlacementRequest request : solution.getRequests()) {
                if (request.isPinned()) {
                    occupied.take(request, request.getHome());
                } else {
                    movable.add(request);
                    (request.getSize() > 1 || request.hasLivingWithRule() ? complex : simple).add(request);
                }
            }
            int[] mostPlaces = occupied.free.clone();
            table = new PointsTable(movable.get(0).getCosts(), solution.getHomes());
            unitM = FlowConstruction.ceilingOfPoints(movable, table);
            hardM = unitM * (movable.stream().mapToLong(PlacementRequest::getUnplacedWeight).sum() + 1);
            placedAt = new Home[complex.size()];
            for (int c = 0; c < complex.size(); c++) {
                placedAt[c] = complex.get(c).getHome();
                occupied.take(complex.get(c), placedAt[c]);
            }
            singles = new SinglesFlow(simple, table, mostPlaces, unitM, hardM);
            compound = new PlacedEjections(complex, placedAt, occupied, this::points, unitM, hardM);
        }

        long points(PlacementRequest request, Home home) {
            return table.of(request).points(home.getIndex());
        }

        long total() {
            long own = 0;
            for (int c = 0; c < complex.size(); c++) {
                own += placedAt[c] == null ? Refinement.unplacedCost(complex.get(c), unitM, hardM)
                        : points(complex.get(c), placedAt[c]);
            }
            return own + singles.solve(occupied.free, occupied.residents);
        }

        void restore(Home[] before) {
            for (int c = 0; c < complex.size(); c++) {
                occupied.release(complex.get(c), placedAt[c]);
            }
            for (int c = 0; c < complex.size(); c++) {
                placedAt[c] = before[c];
                occupied.take(complex.get(c), placedAt[c]);
            }
        }
    }
}
