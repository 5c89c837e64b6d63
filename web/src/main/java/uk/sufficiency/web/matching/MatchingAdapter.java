package uk.sufficiency.web.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.web.jobs.JobControl;
import uk.sufficiency.web.security.BadRequest;

/**
 * The board's one door to the matching capability: builds the problem as the engine does, narrows
 * each request's eligible placements by the board's pins, forbidden matches and unavailable
 * placements (the solver can then only keep a pin or leave that child unplaced, which it avoids),
 * and solves with a fixed step budget so the same board and seed give the same proposal.
 * When the engine's matching capability lands its own entry point, only this class changes.
 */
public final class MatchingAdapter {

    /** Local-search steps: the quick budget of {@code run --quick}; the time limit is a safety net. */
    static final long STEPS = 200;
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private MatchingAdapter() {
    }

    public static MatchingResult solve(Scenario scenario, BoardConstraints board, long seed, JobControl control) {
        MatchingSolution problem = new MatchingProblemFactory(0).build(scenario);
        applyBoard(problem, board);
        control.checkCancelled();
        control.note("solving " + problem.getRequests().size() + " requests against " + problem.getHomes().size()
                + " placements (" + STEPS + " local-search steps)");
        MatchingService[] service = new MatchingService[1];
        service[0] = new MatchingService(new MatchingOptions(TIME_LIMIT, seed, STEPS, null, 0, false), progress -> {
            if (control.cancelled()) {
                service[0].terminateEarly();
            }
        });
        MatchingResult result = service[0].solve(problem);
        control.checkCancelled();
        control.note("solved in " + result.stats().timeMillis() + " ms");
        return result;
    }

    /** Narrows the requests' eligible placements as the board says. */
    static void applyBoard(MatchingSolution problem, BoardConstraints board) {
        Map<String, Home> homes = new HashMap<>();
        problem.getHomes().forEach(h -> homes.put(h.getId(), h));
        for (String placement : board.unavailable()) {
            if (!homes.containsKey(placement)) {
                throw new BadRequest("no placement " + placement + " in this scenario");
            }
        }
        for (PlacementRequest request : problem.getRequests()) {
            if (request.isPinned()) {
                continue;
            }
            String pinned = board.pins().get(request.getId());
            List<Home> allowed = new ArrayList<>();
            for (Home home : request.getEligibleHomes().asList()) {
                boolean current = home == request.getCurrentHome();
                if (pinned != null && !home.getId().equals(pinned)) {
                    continue;
                }
                if (!current && board.unavailable().contains(home.getId())) {
                    continue;
                }
                if (board.isForbidden(request.getId(), home.getId())) {
                    continue;
                }
                allowed.add(home);
            }
            if (pinned != null && allowed.isEmpty()) {
                throw new BadRequest(pinned + " does not meet the hard rules for " + request.getId()
                        + " (or is forbidden or unavailable); it cannot be pinned");
            }
            request.setEligibleHomes(new HomeRange(allowed));
            if (request.getHome() != null && !allowed.contains(request.getHome())) {
                request.setHome(null);
            }
        }
    }
}
