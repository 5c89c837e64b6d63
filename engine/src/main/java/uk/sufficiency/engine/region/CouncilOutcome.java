package uk.sufficiency.engine.region;

import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.region.RegionMember;

/**
 * What one proposal gives one council's children (or, {@link #plus}, the region's), counted from
 * the solution itself (docs/methods/regional-pooling.md).
 *
 * @param council               the member id, or {@code region} for the total
 * @param waiting               children waiting for a placement (children)
 * @param waitingPlaced         of them, placed by the proposal (children)
 * @param placedInHouse         of those, placed with a council's own carers or homes, any council's (children)
 * @param placedElsewhere       of those, placed in another council's placement (children)
 * @param weeklyCostGbp         weekly cost of every child the proposal places, waiting or already placed,
 *                              permanent placements apart, at the region's prices (GBP/week)
 * @param waitingWeeklyCostGbp  of it, the waiting children placed (GBP/week)
 * @param chargesGbp            of it, charges paid to other councils above their own price (GBP/week)
 * @param distanceKmTotal       summed km from home of the waiting children placed (for the mean)
 * @param locatedPlaced         waiting children placed whose distance is known
 */
public record CouncilOutcome(String council, int waiting, int waitingPlaced, int placedInHouse, int placedElsewhere,
        double weeklyCostGbp, double waitingWeeklyCostGbp, double chargesGbp, double distanceKmTotal,
        int locatedPlaced) {

    public static final String REGION = "region";

    /** Nothing yet: the start of a region's sum. */
    static CouncilOutcome none() {
        return new CouncilOutcome(REGION, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Children left waiting (children). */
    public int leftWaiting() {
        return waiting - waitingPlaced;
    }

    /** Mean km from home of the waiting children placed, or NaN when none is placed with known locations. */
    public double meanDistanceKm() {
        return locatedPlaced == 0 ? Double.NaN : distanceKmTotal / locatedPlaced;
    }

    public CouncilOutcome plus(CouncilOutcome other, String name) {
        return new CouncilOutcome(name, waiting + other.waiting, waitingPlaced + other.waitingPlaced,
                placedInHouse + other.placedInHouse, placedElsewhere + other.placedElsewhere,
                weeklyCostGbp + other.weeklyCostGbp, waitingWeeklyCostGbp + other.waitingWeeklyCostGbp,
                chargesGbp + other.chargesGbp, distanceKmTotal + other.distanceKmTotal,
                locatedPlaced + other.locatedPlaced);
    }

    /** The outcome of one council's children in a solution whose ids are region ids. */
    static CouncilOutcome of(String council, MatchingSolution solution, RegionPricing pricing) {
        int waiting = 0;
        int placed = 0;
        int inHouse = 0;
        int elsewhere = 0;
        double weekly = 0;
        double waitingWeekly = 0;
        double charges = 0;
        double km = 0;
        int located = 0;
        for (PlacementRequest request : solution.getRequests()) {
            if (!RegionPricing.sameCouncil(request.getChildren().get(0), council)) {
                continue;
            }
            Home home = request.getHome();
            for (int i = 0; i < request.getSize(); i++) {
                Child child = request.getChildren().get(i);
                boolean isWaiting = child.status() == ChildStatus.WAITING;
                waiting += isWaiting ? 1 : 0;
                if (home == null || request.isPinned()) {
                    continue;
                }
                Placement placement = home.getPlacement();
                int age = request.agesYears()[i];
                double price = pricing.childWeeklyCostGbp(child, age, placement);
                weekly += price;
                charges += price - pricing.hostWeeklyGbp(age, placement);
                if (!isWaiting) {
                    continue;
                }
                placed++;
                waitingWeekly += price;
                inHouse += placement.type().isInHouse() ? 1 : 0;
                elsewhere += RegionPricing.sameCouncil(child, RegionMember.memberOf(placement.placementId())) ? 0 : 1;
                if (child.home() != null && placement.location() != null) {
                    km += SoftCosts.childDistanceKm(child, home);
                    located++;
                }
            }
        }
        return new CouncilOutcome(council, waiting, placed, inHouse, elsewhere, weekly, waitingWeekly, charges, km,
                located);
    }
}
