package uk.sufficiency.engine.matching.domain;

import java.util.function.BiPredicate;

/**
 * A static rule beyond the scenario's own that a home must pass to take a request (a region's
 * pooling rules), able to say why it rules a home out: the explanation of an unplaced child must
 * name it, or it would call a home "full" that the child could never have had.
 */
public interface PairRule extends BiPredicate<PlacementRequest, Home> {

    /** Why the home may not take the request, in plain words; asked only when {@link #test} fails. */
    String whyNot(PlacementRequest request, Home home);

    /** The rule in a few words, to count unplaced children by. */
    String label();
}
