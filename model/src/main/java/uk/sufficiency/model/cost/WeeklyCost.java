package uk.sufficiency.model.cost;

import java.time.LocalDate;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;

/**
 * The weekly cost in GBP of one child in one placement: the placement's stated per-child cost when
 * given, otherwise (in-house households) the age allowance for the child plus the carer's skill fee.
 */
public final class WeeklyCost {

    /** Weeks in an average year (365.25 / 7), to turn weekly into annual costs. */
    public static final double WEEKS_PER_YEAR = 365.25 / 7.0;

    private final FeeTable fees;
    private final LocalDate asOf;

    public WeeklyCost(FeeTable fees, LocalDate asOf) {
        this.fees = fees;
        this.asOf = asOf;
    }

    public double gbp(Child child, Placement placement) {
        if (placement.statedWeeklyCostGbp() != null) {
            return placement.statedWeeklyCostGbp();
        }
        if (!placement.type().usesFeeTables()) {
            throw new IllegalArgumentException("placement " + placement.placementId()
                    + " has no weekly_cost and its type does not use the fee tables");
        }
        int level = placement.skillLevel() != null ? placement.skillLevel() : 1;
        return fees.allowanceGbp(child.ageYears(asOf)) + fees.skillFeeGbp(level);
    }

    public static double annualGbp(double weeklyGbp) {
        return weeklyGbp * WEEKS_PER_YEAR;
    }
}
