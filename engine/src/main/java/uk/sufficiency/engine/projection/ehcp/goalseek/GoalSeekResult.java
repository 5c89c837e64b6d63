package uk.sufficiency.engine.projection.ehcp.goalseek;

import java.util.List;
import uk.sufficiency.engine.projection.ehcp.config.GoalSeekSpec;

/**
 * Outcome of a goal-seek: every trial (factor and the statistic it gave), and the factor found, or
 * null when the target is not reachable between the bounds (then {@code status} says which bound
 * came closest).
 */
public record GoalSeekResult(GoalSeekSpec spec, List<Trial> trials, Double factor, double achieved, String status) {

    public record Trial(int iteration, double factor, double value) {
    }
}
