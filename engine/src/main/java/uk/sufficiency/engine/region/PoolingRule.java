package uk.sufficiency.engine.region;

import java.util.function.BiPredicate;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.RegionMember;

/**
 * The region's rule on top of every matching rule: a council's own placements take its own children
 * as before; another council's placement takes a child only if its type is shared and, when the
 * region sets a distance limit, it lies within that many km (great-circle) of every child's home in
 * the request. A placement or child without a location is never within a limit.
 */
public final class PoolingRule implements BiPredicate<PlacementRequest, Home> {

    private final PoolingRules pooling;

    public PoolingRule(PoolingRules pooling) {
        this.pooling = pooling;
    }

    @Override
    public boolean test(PlacementRequest request, Home home) {
        Placement placement = home.getPlacement();
        String host = RegionMember.memberOf(placement.placementId());
        // a sibling group is always of one council: its ids carry one prefix
        if (RegionPricing.sameCouncil(request.getChildren().get(0), host)) {
            return true;
        }
        if (!pooling.shares(placement.type())) {
            return false;
        }
        if (pooling.maxDistanceKm() == null) {
            return true;
        }
        for (Child child : request.getChildren()) {
            if (child.home() == null || placement.location() == null
                    || !pooling.withinReach(SoftCosts.childDistanceKm(child, home))) {
                return false;
            }
        }
        return true;
    }
}
