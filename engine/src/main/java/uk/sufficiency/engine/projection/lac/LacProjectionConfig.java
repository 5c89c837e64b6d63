package uk.sufficiency.engine.projection.lac;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.projection.lac.LacProjectionSettings.DurationCap;
import uk.sufficiency.engine.projection.lac.LacProjectionSettings.EntryEdit;
import uk.sufficiency.engine.projection.lac.LacProjectionSettings.MappingRule;
import uk.sufficiency.engine.projection.lac.LacProjectionSettings.RateEdit;
import uk.sufficiency.engine.ssda903.PlacementCategoryMap;
import uk.sufficiency.model.placement.LacCategory;
import uk.sufficiency.model.placement.PlacementType;

/**
 * The model's settings with every default filled and every rule checked ({@link LacSettingsReader}):
 * what the fit, the simulation and the backtests read. Built from the {@code lac_projection:} section.
 *
 * @param categories      placement categories in output order
 * @param windowMonths    months of history the rates are estimated on
 * @param entryMode       constant, trended or population
 * @param populationFile  child population by age and year (entry mode population), or null
 * @param populationArea  the area of that file to use, or null for its only area
 * @param drift           prior of the year-to-year drift of the entry and leaving rates
 * @param backtestMonths  longest horizon compared in the backtests; 0 = none
 * @param ssda903Dir      SSDA903 returns, or null
 * @param aggregatesFile  yearly aggregates, or null (used when there are no returns)
 * @param netMoves        with aggregates: estimate moves between categories from net changes
 */
public record LacProjectionConfig(List<PricedCategory> categories, List<MappingRule> placementMapping,
        String defaultCategory, List<String> ageBands, int windowMonths, double priorStrength, String entryMode,
        Path populationFile, String populationArea, DriftPrior drift, List<RateEdit> rateEdits,
        List<EntryEdit> entryEdits, List<DurationCap> durationCaps, int backtestMonths, Path ssda903Dir,
        Path aggregatesFile, boolean netMoves) {

    public static final String CONSTANT = "constant";
    public static final String TRENDED = "trended";
    public static final String POPULATION = "population";

    /**
     * A placement category and the placement type its weekly price comes from.
     *
     * @param placementType the scenario price list's type, or null when the category is not priced
     */
    public record PricedCategory(String id, String label, PlacementType placementType) {
    }

    /**
     * Prior of the rate drift (decision 0038).
     *
     * @param sdPerYear standard deviation of the yearly change of a log rate, before the history is seen
     * @param years     how many years of the authority's own history the prior is worth
     */
    public record DriftPrior(double sdPerYear, double years) {
        /** Pooled over the 146 English authorities' looked-after counts 2010-2020 (decision 0038). */
        public static final DriftPrior DEFAULT = new DriftPrior(0.10, 2.0);
    }

    public LacProjectionConfig {
        categories = List.copyOf(categories);
        placementMapping = List.copyOf(placementMapping);
        ageBands = List.copyOf(ageBands);
        rateEdits = List.copyOf(rateEdits);
        entryEdits = List.copyOf(entryEdits);
        durationCaps = List.copyOf(durationCaps);
    }

    /** Every default: no input named, 12-month window, constant entries, no edits, 60-month backtests. */
    public static LacProjectionConfig defaults() {
        return new LacProjectionConfig(defaultCategories(), defaultMapping(), LacCategory.OTHER.id(),
                DEFAULT_AGE_BANDS, 12, 1.0, CONSTANT, null, null, DriftPrior.DEFAULT, List.of(), List.of(), List.of(),
                60, null, null, true);
    }

    public static final List<String> DEFAULT_AGE_BANDS = List.of("0-1", "1-5", "5-10", "10-16", "16-18");

    /**
     * Default categories: every {@link LacCategory}, priced as its {@link LacCategory#pricedAs()} type.
     * "other" (placed with parents, placed for adoption, secure units, health settings, custody) has
     * no price in a sufficiency price list.
     */
    public static List<PricedCategory> defaultCategories() {
        return Arrays.stream(LacCategory.values())
                .map(c -> new PricedCategory(c.id(), c.label(), c.pricedAs().orElse(null))).toList();
    }

    /** The placement type a default category id is priced as, or null. */
    static PlacementType defaultType(String categoryId) {
        for (PricedCategory c : defaultCategories()) {
            if (c.id().equals(categoryId)) {
                return c.placementType();
            }
        }
        return null;
    }

    public static List<MappingRule> defaultMapping() {
        List<MappingRule> rules = new ArrayList<>();
        for (PlacementCategoryMap.Rule rule : PlacementCategoryMap.defaultRules()) {
            rules.add(new MappingRule(rule.places().stream().sorted().toList(),
                    rule.providers().stream().sorted().toList(), rule.category()));
        }
        return rules;
    }

    public PlacementCategoryMap categoryMap() {
        return new PlacementCategoryMap(placementMapping.stream()
                .map(r -> new PlacementCategoryMap.Rule(Set.copyOf(r.place()), Set.copyOf(r.provider()), r.category()))
                .toList(), defaultCategory);
    }

    public List<String> categoryIds() {
        return categories.stream().map(PricedCategory::id).toList();
    }

    public LacStates states() {
        return new LacStates(categoryIds(), AgeBands.parse(ageBands));
    }

    /** The same settings without scenario edits: what the backtests fit and project. */
    public LacProjectionConfig withoutEdits() {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, windowMonths,
                priorStrength, entryMode, populationFile, populationArea, drift, List.of(), List.of(), List.of(),
                backtestMonths, ssda903Dir, aggregatesFile, netMoves);
    }

    /** The same settings with scenario edits (for tests and what-if runs). */
    public LacProjectionConfig withEdits(List<RateEdit> rates, List<EntryEdit> entries, List<DurationCap> caps) {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, windowMonths,
                priorStrength, entryMode, populationFile, populationArea, drift, rates, entries, caps,
                backtestMonths, ssda903Dir, aggregatesFile, netMoves);
    }

    /** The same settings with another rate-drift prior (for tests and the benchmark). */
    public LacProjectionConfig withDrift(DriftPrior prior) {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, windowMonths,
                priorStrength, entryMode, populationFile, populationArea, prior, rateEdits, entryEdits, durationCaps,
                backtestMonths, ssda903Dir, aggregatesFile, netMoves);
    }

    /** The same settings with another reference window, in months. */
    public LacProjectionConfig withWindowMonths(int months) {
        return withInputs(ssda903Dir, aggregatesFile, months);
    }

    /** The same settings with another entry model and backtest horizon (for tests). */
    public LacProjectionConfig withEntries(String mode, int backtest) {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, windowMonths,
                priorStrength, mode, populationFile, populationArea, drift, rateEdits, entryEdits, durationCaps,
                backtest, ssda903Dir, aggregatesFile, netMoves);
    }

    /** The same settings reading the given history. */
    public LacProjectionConfig withInputs(Path returns, Path aggregates, int window) {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, window,
                priorStrength, entryMode, populationFile, populationArea, drift, rateEdits, entryEdits, durationCaps,
                backtestMonths, returns, aggregates, netMoves);
    }
}
