package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig.PricedCategory;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.settings.Assumption;

/**
 * The weekly price of a child in each category, from the scenario's one price list
 * ({@code scenario.unitCosts()}): a category costs what its placement type costs there, at the
 * scenario's as-of date, inflated by the price list's {@code inflation_per_year}. A type priced by the
 * fee tables (in-house and connected carers) without a stated price costs the places-weighted mean of
 * skill fee + allowance (for a typical 12-year-old) over the scenario's placements of that type, or
 * level 3 when it has none. A category with no placement type ("other") is not priced.
 *
 * <p>Cost of a financial year (April-March) = sum over categories of child-days x weekly price / 7,
 * at the prices of that year's 1 October (its middle). A day is 1/7 week (decision 0033).
 *
 * @param weeklyGbp   GBP per child per week of each category at the price date (0 when not priced)
 * @param assumptions where each category's price comes from
 */
public record LacPrices(UnitCosts unitCosts, double[] weeklyGbp, List<Assumption> assumptions) {

    public static final double DAYS_PER_WEEK = 7.0;
    /** The level an unpriced fee-table category is costed at when the scenario holds none of its type (assumption). */
    static final int TYPICAL_LEVEL = 3;

    /** Prices each category from the price list and the scenario's placements. */
    public static LacPrices of(List<PricedCategory> categories, UnitCosts costs, List<Placement> placements) {
        double[] weekly = new double[categories.size()];
        List<Assumption> assumptions = new ArrayList<>();
        for (int c = 0; c < weekly.length; c++) {
            PricedCategory category = categories.get(c);
            PlacementType type = category.placementType();
            String key = "lac category " + category.id() + " weekly price";
            if (type == null) {
                assumptions.add(new Assumption(key, "0", "GBP per child per week", "not priced (placement_type none)"));
                continue;
            }
            if (costs.weeklyGbp().containsKey(type) || !type.usesFeeTables()) {
                weekly[c] = costs.weeklyGbp().getOrDefault(type, 0.0);
                assumptions.add(new Assumption(key, money(weekly[c]), "GBP per child per week",
                        "unit_costs price of " + type.word()));
                continue;
            }
            double sum = 0;
            double places = 0;
            for (Placement p : placements) {
                if (p.type() == type && p.skillLevel() != null) {
                    sum += p.places() * costs.weeklyGbp(type, p.skillLevel());
                    places += p.places();
                }
            }
            weekly[c] = places > 0 ? sum / places : costs.weeklyGbp(type, TYPICAL_LEVEL);
            assumptions.add(new Assumption(key, money(weekly[c]), "GBP per child per week", places > 0
                    ? "fee tables: mean skill fee + allowance (age " + UnitCosts.TYPICAL_AGE + ") over the scenario's "
                            + (int) places + " " + type.word() + " places"
                    : "fee tables: level " + TYPICAL_LEVEL + " skill fee + allowance (age " + UnitCosts.TYPICAL_AGE
                            + "); the scenario has no " + type.word() + " places"));
        }
        return new LacPrices(costs, weekly, assumptions);
    }

    /** Cost in GBP of one child-day in the category during the financial year starting April {@code year}. */
    public double dailyGbp(int category, int financialYear) {
        return weeklyGbp(category, financialYear) / DAYS_PER_WEEK;
    }

    /** Weekly price of the category at the prices of the financial year's middle (1 October). */
    public double weeklyGbp(int category, int financialYear) {
        return unitCosts.at(weeklyGbp[category], LocalDate.of(financialYear, 10, 1));
    }

    /** Financial year (by its starting calendar year) a month falls in: April-March. */
    public static int financialYearOf(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** "2024-25". */
    public static String financialYearLabel(int startYear) {
        return startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    private static String money(double gbp) {
        return String.format(Locale.ROOT, "%.2f", gbp);
    }
}
