package uk.sufficiency.engine.matching.exact;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.MatchingSolution;

/**
 * An exact method for the whole matching problem (sibling groups and living_with rules included),
 * used only to measure the solver. The shipped engine has none: min-cost flow
 * ({@link ExactReference}) is exact only without groups and rules. The {@code benchmarks} module
 * plugs in a mixed-integer solver through {@link ServiceLoader}, so the runtime carries no native
 * solver while {@code bench match} run from that module shows the proven optimum.
 */
public interface MatchingReference {

    /**
     * @param score          the score of the best assignment found, as the solver's own constraints
     *                       score it
     * @param optimal        true when that assignment is proven optimal
     * @param softBound      when the medium level is proven optimal: no assignment placing as many
     *                       urgency-weighted children has a soft score above this; else null
     * @param placedChildren children placed by that assignment
     */
    record Result(HardMediumSoftLongScore score, boolean optimal, Long softBound, int placedChildren) {
    }

    /** How the method is named in benchmark tables. */
    String name();

    /**
     * Finds the optimum of {@code problem}, or the best it can within {@code timeLimit}, and leaves
     * that assignment in {@code problem}'s requests. The requests' homes on entry are a starting
     * point (a hint) it may use.
     */
    Result solve(MatchingSolution problem, Duration timeLimit);

    /** The references on the class path (none in the shipped command-line jar). */
    static List<MatchingReference> installed() {
        return ServiceLoader.load(MatchingReference.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}
