package uk.sufficiency.engine.matching.score;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, in terms a report can print. One record type per kind of match, so
 * explanations never parse constraint names.
 */
public sealed interface MatchingJustification extends ConstraintJustification {

    /** A static rule broken by placing a request in a home. */
    record RuleBroken(String requestId, String placementId, String rule) implements MatchingJustification {
    }

    /** A home holds more children than its approved places. */
    record OverCapacity(String placementId, int children, int places) implements MatchingJustification {
    }

    /** Two requests share a home although a child's living_with rule forbids it. */
    record LivingWithConflict(String requestId, String otherRequestId, String placementId)
            implements MatchingJustification {
    }

    /** A request left without a placement. */
    record LeftUnplaced(String requestId, int children, int urgencyWeight) implements MatchingJustification {
    }

    /** A soft objective's contribution for one request in one home. */
    record SoftContribution(String requestId, String placementId, String objective, long points)
            implements MatchingJustification {
    }
}
