package uk.sufficiency.model.cost;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The scenario's one price list: the weekly cost in GBP per child of a placement of each type (for
 * in-house foster types, by skill level and age from the fee tables), at the scenario's as-of
 * date, with yearly inflation for later years. Matching prices each actual placement from its own
 * row; everything that prices placements not yet named (the looked-after children projection's
 * categories, the plan's external and in-house places) prices them here, so one report never prices
 * the same placement twice.
 *
 * <p>Each type's price is, in order: {@code unit_costs.weekly_gbp.<type>} in scenario.yaml; the
 * median stated weekly cost of the scenario's placements of that type; the documented default
 * ({@link #DEFAULT_WEEKLY_GBP}). Fee-table types (in-house carers) cost the skill fee plus the age
 * allowance. Every price is recorded with its source in {@link #assumptions()}.
 *
 * @param priceDate        the date the prices hold at (the scenario's as-of date)
 * @param inflationPerYear yearly price growth applied after the price date (0.03 = 3%)
 * @param weeklyGbp        the price of each type that does not use the fee tables
 * @param fees             the in-house fee and allowance tables
 */
public record UnitCosts(LocalDate priceDate, double inflationPerYear, Map<PlacementType, Double> weeklyGbp,
        FeeTable fees, List<Assumption> assumptions) {

    /** Section of scenario.yaml. */
    public static final String SECTION = "unit_costs";

    /**
     * Documented defaults (GBP per child per week) for types a scenario neither prices nor holds:
     * each type's {@link PlacementType#defaultWeeklyGbp()}, with its source there.
     */
    public static final Map<PlacementType, Double> DEFAULT_WEEKLY_GBP = defaults();

    /** Age used to price an in-house place when no child is named: the allowance of an 11-15 year old (assumption). */
    public static final int TYPICAL_AGE = 12;

    public UnitCosts {
        weeklyGbp = Collections.unmodifiableMap(new EnumMap<>(weeklyGbp));
        assumptions = List.copyOf(assumptions);
    }

    /** The settings of the {@code unit_costs:} section. */
    public record Settings(Map<String, Double> weeklyGbp, Double inflationPerYear) {
    }

    /** Reads the section and prices every type from it, the scenario's placements, or the defaults. */
    public static UnitCosts read(ConfigSection section, List<Placement> placements, FeeTable fees, LocalDate asOf,
            ProblemCollector problems) {
        Settings settings = section.bind(Settings.class, problems);
        if (settings == null) {
            settings = new Settings(null, null);
        }
        List<Assumption> assumptions = new ArrayList<>();
        double inflation = section.valueOrDefault(settings.inflationPerYear(), "/inflation_per_year", 0.0,
                "share per year", "default: prices held at the as-of date", assumptions);
        section.checkRange(problems, "/inflation_per_year", inflation, -0.5, 1.0, "a yearly inflation rate");
        Map<PlacementType, Double> stated = new EnumMap<>(PlacementType.class);
        if (settings.weeklyGbp() != null) {
            settings.weeklyGbp().forEach((key, value) -> {
                String pointer = "/weekly_gbp/" + key;
                PlacementType type = typeOf(key);
                if (type == null) {
                    section.error(problems, pointer, key, "not a placement type; one of " + Arrays.stream(PlacementType.values())
                            .map(PlacementType::word).toList());
                } else if (value == null || !Double.isFinite(value) || value < 0 || value > 50_000) {
                    section.error(problems, pointer, String.valueOf(value), "a weekly cost in GBP from 0 to 50,000");
                } else {
                    stated.put(type, value);
                }
            });
        }
        Map<PlacementType, Double> prices = new EnumMap<>(PlacementType.class);
        for (PlacementType type : PlacementType.values()) {
            String key = SECTION + ".weekly_gbp." + type.costKey();
            if (stated.containsKey(type)) {
                prices.put(type, stated.get(type));
                assumptions.add(new Assumption(key, money(stated.get(type)), "GBP per child per week",
                        section.origin("/weekly_gbp/" + type.costKey()).toString()));
                continue;
            }
            double[] costs = placements.stream().filter(p -> p.type() == type && p.statedWeeklyCostGbp() != null)
                    .mapToDouble(Placement::statedWeeklyCostGbp).sorted().toArray();
            if (costs.length > 0) {
                double median = costs.length % 2 == 1 ? costs[costs.length / 2]
                        : (costs[costs.length / 2 - 1] + costs[costs.length / 2]) / 2.0;
                prices.put(type, median);
                assumptions.add(new Assumption(key, money(median), "GBP per child per week",
                        "median weekly_cost of the scenario's " + costs.length + " " + type.word() + " placements"));
            } else if (!type.usesFeeTables()) {
                prices.put(type, DEFAULT_WEEKLY_GBP.get(type));
                assumptions.add(new Assumption(key, money(DEFAULT_WEEKLY_GBP.get(type)), "GBP per child per week",
                        "default (docs/methods/costs.md)"));
            }
        }
        return new UnitCosts(asOf, inflation, prices, fees, assumptions);
    }

    /** Prices from the defaults and fee tables alone (no scenario): for tests and standalone commands. */
    public static UnitCosts defaults(LocalDate priceDate) {
        return new UnitCosts(priceDate, 0.0, DEFAULT_WEEKLY_GBP, FeeTable.defaults(), List.of());
    }

    /**
     * Weekly cost in GBP of one child in a placement of this type at the price date. Fee-table types
     * without a stated price cost the skill fee at {@code level} plus the allowance at {@code ageYears}.
     */
    public double weeklyGbp(PlacementType type, int level, int ageYears) {
        Double price = weeklyGbp.get(type);
        if (price != null) {
            return price;
        }
        return fees.skillFeeGbp(level) + fees.allowanceGbp(ageYears);
    }

    /** Weekly cost of a placement of this type, in-house types at {@code level} for a typical 12 year old. */
    public double weeklyGbp(PlacementType type, int level) {
        return weeklyGbp(type, level, TYPICAL_AGE);
    }

    /** The same weekly cost at a later (or earlier) date, by {@code inflationPerYear} compounded per year. */
    public double at(double weeklyGbpAtPriceDate, LocalDate date) {
        double years = ChronoUnit.DAYS.between(priceDate, date) / 365.25;
        return weeklyGbpAtPriceDate * Math.pow(1.0 + inflationPerYear, years);
    }

    private static PlacementType typeOf(String key) {
        for (PlacementType type : PlacementType.values()) {
            if (type.costKey().equals(key.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        return null;
    }

    private static String money(double gbp) {
        return String.format(Locale.ROOT, "%.2f", gbp);
    }

    private static Map<PlacementType, Double> defaults() {
        Map<PlacementType, Double> d = new EnumMap<>(PlacementType.class);
        for (PlacementType type : PlacementType.values()) {
            type.defaultWeeklyGbp().ifPresent(price -> d.put(type, price));
        }
        return Collections.unmodifiableMap(d);
    }
}
