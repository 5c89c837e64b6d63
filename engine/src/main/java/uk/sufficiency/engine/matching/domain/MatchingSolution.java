package uk.sufficiency.engine.matching.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The matching problem and a proposed answer: every placement as a {@link Home} and every child
 * or sibling group as a {@link PlacementRequest}. Score levels: hard = rules a proposal must never
 * break; medium = children left unplaced, weighted by urgency; soft = cost, distance and
 * preferences in weighted points.
 */
@PlanningSolution
public class MatchingSolution {

    @ProblemFactCollectionProperty
    private List<Home> homes;

    @PlanningEntityCollectionProperty
    private List<PlacementRequest> requests;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solution cloner. */
    MatchingSolution() {
    }

    public MatchingSolution(List<Home> homes, List<PlacementRequest> requests) {
        this.homes = homes;
        this.requests = requests;
    }

    public List<Home> getHomes() {
        return homes;
    }

    public List<PlacementRequest> getRequests() {
        return requests;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
