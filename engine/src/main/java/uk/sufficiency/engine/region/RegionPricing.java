package uk.sufficiency.engine.region;

import java.util.HashMap;
import java.util.Map;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;

/**
 * A child's weekly price in a region (GBP per child per week): the host council's own price for
 * the placement (its stated cost, else the host's fee tables: skill fee by level plus allowance by
 * the child's age), and, when the child belongs to another council, that price with the pooling
 * charge ({@link PoolingRules#chargedWeeklyGbp}). The matcher minimises this price, and the report
 * counts it as the placing council's cost.
 */
public final class RegionPricing implements SoftCosts.ChildPricing {

    private final PoolingRules pooling;
    /** Each member's own prices, by member id. */
    private final Map<String, SoftCosts> hostPrices = new HashMap<>();

    public RegionPricing(Region region) {
        this.pooling = region.pooling();
        for (RegionMember member : region.members()) {
            hostPrices.put(member.id(), new SoftCosts(member.scenario().weights(), member.scenario().fees()));
        }
    }

    @Override
    public double childWeeklyCostGbp(Child child, int ageYears, Placement placement) {
        String host = RegionMember.memberOf(placement.placementId());
        double hostPrice = hostPrices.get(host).childWeeklyCostGbp(ageYears, placement);
        return sameCouncil(child, host) ? hostPrice : pooling.chargedWeeklyGbp(hostPrice);
    }

    /** The host's own price, without any charge. */
    public double hostWeeklyGbp(int ageYears, Placement placement) {
        return hostPrices.get(RegionMember.memberOf(placement.placementId())).childWeeklyCostGbp(ageYears, placement);
    }

    /** Whether the child belongs to the council {@code member}: its region id starts "member/". */
    static boolean sameCouncil(Child child, String member) {
        String id = child.childId();
        return id.length() > member.length() && id.startsWith(member)
                && id.startsWith(RegionMember.SEPARATOR, member.length());
    }
}
