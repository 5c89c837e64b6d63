package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.GroupBranchAndBound;

/**
 * A large-neighbourhood improvement after the construction (decision 0101): for each waiting request
 * left unplaced (sibling groups and children with living-with rules first, the most urgent first), a
 * {@link Neighbourhood} around it is freed and solved again exactly by {@link GroupBranchAndBound}
 * with every rule kept (groups whole, living-with rules, eligibility, places), the medium level first
 * and then the soft ({@link NeighbourhoodProblem}). Several requests move at once: a group into a home
 * whose residents go to nearby homes with room, waiting children out where that places more urgency.
 *
 * <p>An answer is kept only when the whole solution's score, calculated afresh by the score director,
 * is better than before and its hard level no worse; otherwise every request goes back. Passes repeat
 * while a pass gains, each wider than the last, until the stop says so. No randomness: the same
 * solution and budget give the same answer.
 */
final class NeighbourhoodSearch implements CustomPhaseCommand<MatchingSolution> {

    private static final Logger LOG = LoggerFactory.getLogger(NeighbourhoodSearch.class);
    /** Each pass's reach: homes for the seed, homes in all, unplaced requests added. */
    static final List<Neighbourhood.Reach> PASSES = List.of(new Neighbourhood.Reach(3, 8, 8),
            new Neighbourhood.Reach(5, 12, 12), new Neighbourhood.Reach(8, 16, 16));
    /**
     * Warm flows one neighbourhood's search may solve (0.01-0.1 ms each). At 50,000 children ten times
     * as many placed no more children (decision 0101).
     */
    static final int MAX_SOLVES = 400;

    private final BooleanSupplier stop;
    private final List<Neighbourhood.Reach> passes;
    private long startedNanos;
    private int tried;
    private int kept;
    private int exhausted;

    /** @param stop true once the search must end (between neighbourhoods) */
    NeighbourhoodSearch(BooleanSupplier stop) {
        this(stop, PASSES);
    }

    NeighbourhoodSearch(BooleanSupplier stop, List<Neighbourhood.Reach> passes) {
        this.stop = stop;
        this.passes = passes;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        long started = System.nanoTime();
        startedNanos = started;
        @SuppressWarnings("unchecked")
        var inner = (InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore>) scoreDirector;
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        HardMediumSoftLongScore score = inner.calculateScore();
        HardMediumSoftLongScore first = score;
        List<List<PlacementRequest>> waitingByHome = waitingByHome(solution);
        for (int p = 0; p < passes.size() && !stop.getAsBoolean(); p++) {
            HardMediumSoftLongScore before = score;
            for (PlacementRequest seed : seeds(solution)) {
                if (stop.getAsBoolean()) {
                    break;
                }
                if (seed.getHome() == null) {
                    score = improve(inner, seed, passes.get(p), waitingByHome, score);
                }
            }
            LOG.info("Neighbourhoods, pass {} (reach {}): {} after {} ms, {} of {} kept so far ({} past the"
                    + " search's budget)", p + 1, passes.get(p), score, (System.nanoTime() - started) / 1_000_000, kept,
                    tried, exhausted);
            if (score.equals(before) && p > 0) {
                break; // a wider pass that gains nothing: the next would cost more for as little
            }
        }
        LOG.info("Neighbourhoods: {} to {} in {} ms ({} of {} kept){}", first, score,
                (System.nanoTime() - started) / 1_000_000, kept, tried, stop.getAsBoolean() ? ", stopped" : "");
    }

    /** Waiting requests left unplaced: sibling groups and children with living-with rules first, most urgent first. */
    static List<PlacementRequest> seeds(MatchingSolution solution) {
        List<PlacementRequest> seeds = new ArrayList<>();
        for (PlacementRequest request : solution.getRequests()) {
            if (request.getHome() == null && request.mayBeUnplaced() && request.getEligibleHomes().size() > 0) {
                seeds.add(request);
            }
        }
        seeds.sort(Comparator.<PlacementRequest>comparingInt(r -> r.getSize() > 1 || r.hasLivingWithRule() ? 0 : 1)
                .thenComparing(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed())
                .thenComparing(PlacementRequest::getId));
        return seeds;
    }

    /** Per home, the waiting requests eligible there (only those unplaced matter; checked when used). */
    private static List<List<PlacementRequest>> waitingByHome(MatchingSolution solution) {
        List<List<PlacementRequest>> byHome = new ArrayList<>(solution.getHomes().size());
        for (int h = 0; h < solution.getHomes().size(); h++) {
            byHome.add(new ArrayList<>());
        }
        for (PlacementRequest request : solution.getRequests()) {
            if (request.mayBeUnplaced() && request.getHome() == null) {
                HomeRange range = request.getEligibleHomes();
                for (int i = 0; i < range.size(); i++) {
                    byHome.get(range.indexAt(i)).add(request);
                }
            }
        }
        return byHome;
    }

    private static void index(PlacementRequest request, List<List<PlacementRequest>> byHome) {
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            List<PlacementRequest> there = byHome.get(range.indexAt(i));
            if (!there.contains(request)) {
                there.add(request);
            }
        }
    }

    /** Solves the seed's neighbourhood; keeps the answer if the whole score improves. Returns the score now. */
    private HardMediumSoftLongScore improve(InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> inner,
            PlacementRequest seed, Neighbourhood.Reach reach, List<List<PlacementRequest>> waitingByHome,
            HardMediumSoftLongScore score) {
        Neighbourhood neighbourhood = Neighbourhood.around(seed, reach, waitingByHome);
        if (neighbourhood.homes().isEmpty()) {
            return score;
        }
        NeighbourhoodProblem problem = new NeighbourhoodProblem(neighbourhood);
        GroupBranchAndBound search = problem.search(MAX_SOLVES);
        tried++;
        boolean found = search.search();
        exhausted += search.exhausted() ? 1 : 0;
        if (!found) {
            return score;
        }
        List<NeighbourhoodProblem.Move> moves = problem.moves(search);
        List<Home> before = new ArrayList<>(moves.size());
        for (NeighbourhoodProblem.Move move : moves) {
            before.add(move.request().getHome());
            set(inner, move.request(), move.home());
        }
        inner.triggerVariableListeners();
        HardMediumSoftLongScore after = inner.calculateScore();
        if (after.compareTo(score) > 0 && after.hardScore() >= score.hardScore()) {
            kept++;
            LOG.debug("Neighbourhood of {} kept at {} ms: {} ({} homes, {} requests, {} flows)", seed.getId(),
                    (System.nanoTime() - startedNanos) / 1_000_000, after, neighbourhood.homes().size(),
                    neighbourhood.requests().size(), search.solves());
            for (NeighbourhoodProblem.Move move : moves) {
                if (move.home() == null && move.request().mayBeUnplaced()) {
                    index(move.request(), waitingByHome); // out now: a later neighbourhood may place it
                }
            }
            return after;
        }
        // Not better in the whole score (the problem's terms agree with it, so this should not happen): undo.
        LOG.debug("Neighbourhood answer not kept: {} against {}", after, score);
        for (int m = 0; m < moves.size(); m++) {
            set(inner, moves.get(m).request(), before.get(m));
        }
        inner.triggerVariableListeners();
        inner.calculateScore();
        return score;
    }

    private static void set(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request, Home home) {
        if (request.getHome() != home) {
            scoreDirector.beforeVariableChanged(request, "home");
            request.setHome(home);
            scoreDirector.afterVariableChanged(request, "home");
        }
    }

    /** Neighbourhoods solved and kept (for tests and logs). */
    int[] counts() {
        return new int[] {tried, kept};
    }
}
