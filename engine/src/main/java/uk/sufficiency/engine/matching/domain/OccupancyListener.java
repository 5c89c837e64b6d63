package uk.sufficiency.engine.matching.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps each home's working occupant list in step with the requests' planning variable. Works only
 * from "after" events and the request's {@code indexedHome} shadow, so it is idempotent however
 * often or late OptaPlanner delivers the events.
 */
public final class OccupancyListener implements VariableListener<MatchingSolution, PlacementRequest> {

    @Override
    public void resetWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        for (Home home : solution.getHomes()) {
            home.workingOccupants().clear();
        }
        for (PlacementRequest request : solution.getRequests()) {
            request.setIndexedHome(request.getHome());
            if (request.getHome() != null) {
                request.getHome().workingOccupants().add(request);
            }
        }
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
        // Nothing: afterVariableChanged compares with the indexed home.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
        sync(scoreDirector, request);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
        sync(scoreDirector, request);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
        if (request.getIndexedHome() != null) {
            request.getIndexedHome().workingOccupants().remove(request);
        }
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
    }

    private static void sync(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request) {
        Home indexed = request.getIndexedHome();
        Home now = request.getHome();
        if (indexed == now) {
            return;
        }
        if (indexed != null) {
            indexed.workingOccupants().remove(request);
        }
        if (now != null) {
            now.workingOccupants().add(request);
        }
        scoreDirector.beforeVariableChanged(request, "indexedHome");
        request.setIndexedHome(now);
        scoreDirector.afterVariableChanged(request, "indexedHome");
    }
}
