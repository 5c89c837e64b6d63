package uk.sufficiency.engine.region;

import java.util.Locale;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PairRule;
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
public final class PoolingRule implements PairRule {

    private final PoolingRules pooling;

    public PoolingRule(PoolingRules pooling) {
        this.pooling = pooling;
    }

    @Override
    public boolean test(PlacementRequest request, Home home) {
        return breach(request, home) == null;
    }

    /** Null when the home may take the request; else the pooling rule it breaks, in words. */
    @Override
    public String whyNot(PlacementRequest request, Home home) {
        Breach breach = breach(request, home);
        if (breach == null) {
            return null;
        }
        Placement placement = home.getPlacement();
        String host = RegionMember.memberOf(placement.placementId());
        return switch (breach.kind()) {
            case TYPE -> host + "'s placement, and the region does not share " + placement.type().word() + " placements";
            case NO_LOCATION -> host + "'s placement, and without both locations it cannot be shown within the region's "
                    + String.format(Locale.ROOT, "%.0f km", pooling.maxDistanceKm());
            case DISTANCE -> String.format(Locale.ROOT, "%s's placement, %.1f km from home, beyond the region's %.0f km"
                    + " for sharing", host, breach.km(), pooling.maxDistanceKm());
        };
    }

    private enum Kind { TYPE, NO_LOCATION, DISTANCE }

    /** Which pooling rule the pair breaks (and the distance that breaks it), or null; no words built, as test() runs per pair. */
    private record Breach(Kind kind, double km) {
    }

    private Breach breach(PlacementRequest request, Home home) {
        Placement placement = home.getPlacement();
        // a sibling group is always of one council: its ids carry one prefix
        if (RegionPricing.sameCouncil(request.getChildren().get(0), RegionMember.memberOf(placement.placementId()))) {
            return null;
        }
        if (!pooling.shares(placement.type())) {
            return new Breach(Kind.TYPE, 0);
        }
        if (pooling.maxDistanceKm() == null) {
            return null;
        }
        for (Child child : request.getChildren()) {
            if (child.home() == null || placement.location() == null) {
                return new Breach(Kind.NO_LOCATION, 0);
            }
            double km = SoftCosts.childDistanceKm(child, home);
            if (!pooling.withinReach(km)) {
                return new Breach(Kind.DISTANCE, km);
            }
        }
        return null;
    }

    @Override
    public String label() {
        return "only other councils' placements suit, not shared under the region's rules";
    }
}
