package uk.sufficiency.engine.matching.domain;

import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.MatchingWeights;

/**
 * The soft objectives of one request in one home, in their own units and in weighted points. The
 * constraint provider, the greedy baseline, the exact reference and the explanations all price a
 * placement through this one class, so their figures agree.
 *
 * <p>Units: weekly cost in GBP for all the request's children; distance in km summed over the
 * children (great-circle, from each child's home to the placement; 0 when either is unknown);
 * school breaks = children who should keep their school placed more than the reach from it;
 * preference steps = rank (connected 0, in-house 1, IFA 2, residential 3) times children; moved =
 * already-placed children sent elsewhere; over-qualification = levels above need times children,
 * for placements that have a skill level. Points = weight x units, rounded to a whole number.
 */
public final class SoftCosts {

    /**
     * Prices one child in one placement (GBP a week) when one fee table and the placement's own
     * price are not enough: a region, whose councils keep their own fee tables and charge each
     * other for a place (engine/.../region).
     */
    @FunctionalInterface
    public interface ChildPricing {
        double childWeeklyCostGbp(Child child, int ageYears, Placement placement);
    }

    private final MatchingWeights weights;
    private final FeeTable fees;
    /** Null: the placement's stated cost, else these fee tables. */
    private final ChildPricing pricing;

    public SoftCosts(MatchingWeights weights, FeeTable fees) {
        this(weights, fees, null);
    }

    /** @param pricing each child's price, or null for the placement's stated cost else {@code fees} */
    public SoftCosts(MatchingWeights weights, FeeTable fees, ChildPricing pricing) {
        this.weights = weights;
        this.fees = fees;
        this.pricing = pricing;
    }

    /** True when a {@link ChildPricing} prices each child (then a price is not the placement's alone). */
    public boolean pricesEachChild() {
        return pricing != null;
    }

    public MatchingWeights weights() {
        return weights;
    }

    public FeeTable fees() {
        return fees;
    }

    // ---- units ----

    /** Weekly cost in GBP of one child here (the placement's stated cost, else fee + allowance). */
    public double childWeeklyCostGbp(int ageYears, Placement placement) {
        if (placement.statedWeeklyCostGbp() != null) {
            return placement.statedWeeklyCostGbp();
        }
        if (!placement.type().usesFeeTables()) {
            throw new IllegalArgumentException("placement " + placement.placementId()
                    + " has no weekly_cost and its type does not use the fee tables");
        }
        int level = placement.skillLevel() != null ? placement.skillLevel() : 1;
        return fees.allowanceGbp(ageYears) + fees.skillFeeGbp(level);
    }

    /** Weekly cost in GBP of this child here: the {@link ChildPricing} when there is one, else as above. */
    public double childWeeklyCostGbp(Child child, int ageYears, Placement placement) {
        return pricing != null ? pricing.childWeeklyCostGbp(child, ageYears, placement)
                : childWeeklyCostGbp(ageYears, placement);
    }

    public double weeklyCostGbp(PlacementRequest request, Home home) {
        double total = 0;
        int[] ages = request.agesYears();
        for (int i = 0; i < ages.length; i++) {
            total += childWeeklyCostGbp(request.getChildren().get(i), ages[i], home.getPlacement());
        }
        return total;
    }

    public static double childDistanceKm(Child child, Home home) {
        GeoPoint at = home.getPlacement().location();
        return at == null || child.home() == null ? 0.0 : child.home().distanceKm(at);
    }

    public double distanceKm(PlacementRequest request, Home home) {
        double total = 0;
        for (Child child : request.getChildren()) {
            total += childDistanceKm(child, home);
        }
        return total;
    }

    public boolean breaksSchool(Child child, Home home) {
        GeoPoint at = home.getPlacement().location();
        return child.keepSchool() && child.school() != null && at != null
                && child.school().distanceKm(at) > weights.schoolReachKm();
    }

    public int schoolBreaks(PlacementRequest request, Home home) {
        int count = 0;
        for (Child child : request.getChildren()) {
            if (breaksSchool(child, home)) {
                count++;
            }
        }
        return count;
    }

    public static int preferenceSteps(PlacementRequest request, Home home) {
        return home.getPlacement().type().preferenceRank() * request.getSize();
    }

    public static int movedChildren(PlacementRequest request, Home home) {
        int count = 0;
        for (Child child : request.getChildren()) {
            if (child.status() == ChildStatus.PLACED && !home.getId().equals(child.currentPlacementId())) {
                count++;
            }
        }
        return count;
    }

    public static int overQualificationLevels(PlacementRequest request, Home home) {
        Integer level = home.getPlacement().skillLevel();
        return level == null ? 0 : Math.max(0, level - request.getRequiredLevel()) * request.getSize();
    }

    // ---- points ----

    public long costPoints(PlacementRequest request, Home home) {
        return points(weights.costPerGbp(), weeklyCostGbp(request, home));
    }

    public long distancePoints(PlacementRequest request, Home home) {
        return points(weights.distancePerKm(), distanceKm(request, home));
    }

    public long schoolPoints(PlacementRequest request, Home home) {
        return points(weights.schoolContinuity(), schoolBreaks(request, home));
    }

    public long preferencePoints(PlacementRequest request, Home home) {
        return points(weights.preferenceStep(), preferenceSteps(request, home));
    }

    public long movePoints(PlacementRequest request, Home home) {
        return points(weights.movePlacedChild(), movedChildren(request, home));
    }

    public long overQualificationPoints(PlacementRequest request, Home home) {
        return points(weights.overQualification(), overQualificationLevels(request, home));
    }

    /** All soft points of placing this request here; what the solver minimises at the soft level. */
    public long totalPoints(PlacementRequest request, Home home) {
        return costPoints(request, home) + distancePoints(request, home) + schoolPoints(request, home)
                + preferencePoints(request, home) + movePoints(request, home)
                + overQualificationPoints(request, home);
    }

    public static long points(double weight, double units) {
        return Math.round(weight * units);
    }
}
