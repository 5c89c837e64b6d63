package uk.sufficiency.engine.matching.move;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * Several requests change home at once: "place A in H, moving B from H to H2 (or out)". One move,
 * so the score of the whole chain is judged, not of each step (the first step alone would
 * overfill H and never be accepted).
 */
public final class ChainMove extends AbstractMove<MatchingSolution> {

    private final PlacementRequest[] requests;
    private final Home[] targets;

    public ChainMove(List<PlacementRequest> requests, List<Home> targets) {
        this(requests.toArray(new PlacementRequest[0]), targets.toArray(new Home[0]));
    }

    private ChainMove(PlacementRequest[] requests, Home[] targets) {
        this.requests = requests;
        this.targets = targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MatchingSolution> scoreDirector) {
        for (int i = 0; i < requests.length; i++) {
            if (requests[i].getHome() != targets[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ChainMove createUndoMove(ScoreDirector<MatchingSolution> scoreDirector) {
        int n = requests.length;
        PlacementRequest[] undoRequests = new PlacementRequest[n];
        Home[] undoTargets = new Home[n];
        for (int i = 0; i < n; i++) {
            undoRequests[n - 1 - i] = requests[i];
            undoTargets[n - 1 - i] = requests[i].getHome();
        }
        return new ChainMove(undoRequests, undoTargets);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MatchingSolution> scoreDirector) {
        for (int i = 0; i < requests.length; i++) {
            scoreDirector.beforeVariableChanged(requests[i], "home");
            requests[i].setHome(targets[i]);
            scoreDirector.afterVariableChanged(requests[i], "home");
        }
    }

    @Override
    public ChainMove rebase(ScoreDirector<MatchingSolution> destinationScoreDirector) {
        PlacementRequest[] rebasedRequests = new PlacementRequest[requests.length];
        Home[] rebasedTargets = new Home[targets.length];
        for (int i = 0; i < requests.length; i++) {
            rebasedRequests[i] = destinationScoreDirector.lookUpWorkingObject(requests[i]);
            rebasedTargets[i] = targets[i] == null ? null : destinationScoreDirector.lookUpWorkingObject(targets[i]);
        }
        return new ChainMove(rebasedRequests, rebasedTargets);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ChainMove(PlacementRequest.home x" + requests.length + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(requests);
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Home> values = new ArrayList<>();
        for (Home target : targets) {
            if (target != null) {
                values.add(target);
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainMove move && Arrays.equals(requests, move.requests)
                && Arrays.equals(targets, move.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(requests), Arrays.hashCode(targets));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < requests.length; i++) {
            text.append(i == 0 ? "" : ", ").append(requests[i].getId()).append(" {")
                    .append(requests[i].getHome()).append(" -> ").append(targets[i]).append('}');
        }
        return text.toString();
    }
}
