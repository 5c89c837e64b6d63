package uk.sufficiency.engine.matching.exact;

import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The living_with rules the Lagrangian bound's home knapsacks keep between movable requests
 * (decision 0079): the score's rule (a conflict unless both stay where they live now) between two
 * requests the bound sees one by one; between a request with a rule and a type of interchangeable
 * requests without one, only a solo child's rule (it excludes everyone, whoever they are) away from
 * where that child lives now. Any pair it does not call a conflict is allowed: a relaxation.
 */
final class LivingWithRules implements KnapsackDual.Conflicts {

    /** Per type: its one request, or null for a type of several interchangeable requests. */
    private final PlacementRequest[] single;
    private final boolean[] ruled;

    LivingWithRules(PlacementRequest[] single) {
        this.single = single;
        this.ruled = new boolean[single.length];
        for (int t = 0; t < single.length; t++) {
            ruled[t] = single[t] != null && single[t].hasLivingWithRule();
        }
    }

    @Override
    public boolean restricted(int t) {
        return ruled[t];
    }

    @Override
    public boolean conflict(int a, int b, int home) {
        PlacementRequest restricted = single[a];
        boolean atHome = restricted.getCurrentHome() != null && restricted.getCurrentHome().getIndex() == home;
        PlacementRequest other = single[b];
        if (other == null) {
            return restricted.isSolo() && !atHome;
        }
        boolean bothStay = atHome && other.getCurrentHome() != null && other.getCurrentHome().getIndex() == home;
        return !bothStay && restricted.conflictsWith(other);
    }
}
