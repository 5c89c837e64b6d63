package uk.sufficiency.engine.projection.lac;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.ssda903.PlacementCategoryMap;

/**
 * Settings of a looked-after-children projection, bound from YAML (a standalone
 * {@code lac-projection.yaml}, or the {@code lac_projection:} section of a scenario) with
 * snake_case keys. Every field may be omitted; the compact constructor fills the documented
 * defaults. Unknown keys are rejected so that a typo never silently does nothing.
 *
 * @param categories        placement categories in output order, each with its weekly unit cost
 * @param placementMapping  PLACE x PLACE_PROVIDER rules, first match wins
 * @param defaultCategory   category of pairs no rule matches
 * @param ageBands          contiguous bands "from-to" in whole years, from 0 to 18 (upper bound exclusive)
 * @param referenceWindow   length of history the rates are estimated on: "12m", "2y" or a number of months
 * @param priorStrength     weight (in pseudo-observations) of the pooled prior on each state's outcomes
 * @param entries           how entries into care are projected
 * @param inflationPerYear  yearly uplift of unit costs, as a fraction (0.03 = 3 % a year)
 * @param costBaseYear      financial year (by its starting calendar year) the weekly costs are priced in;
 *                          null = the first projected financial year
 * @param rateEdits         scenario edits of monthly transition or exit probabilities
 * @param entryEdits        scenario edits of entries
 * @param durationCaps      scenario caps on the time a child spends in a category
 * @param backtestMonths    horizon of the built-in backtest (fit up to data end minus this, project, compare); 0 = off
 * @param ssda903Dir        folder of SSDA903 returns (relative paths resolve against the config file)
 * @param aggregatesFile    yearly aggregates CSV, for LAs without child-level data
 * @param aggregateMoves    with yearly aggregates, how moves between categories are estimated: "net" (the
 *                          fewest moves that explain each category's stock change not explained by its
 *                          entries and exits; default) or "none" (no moves; add known ones with rate_edits)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record LacProjectionConfig(
        List<Category> categories,
        List<MappingRule> placementMapping,
        String defaultCategory,
        List<String> ageBands,
        String referenceWindow,
        Double priorStrength,
        Entries entries,
        Double inflationPerYear,
        Integer costBaseYear,
        List<RateEdit> rateEdits,
        List<EntryEdit> entryEdits,
        List<DurationCap> durationCaps,
        Integer backtestMonths,
        String ssda903Dir,
        String aggregatesFile,
        String aggregateMoves) {

    public static final String EXIT = "exit";
    public static final String ANY = "any";

    /** A placement category and its weekly unit cost in GBP per child (at cost_base_year prices). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Category(String id, String label, Double weeklyCostGbp) {
        public Category {
            label = label == null ? id : label;
            weeklyCostGbp = weeklyCostGbp == null ? 0.0 : weeklyCostGbp;
        }
    }

    /** PLACE codes (and optionally PLACE_PROVIDER codes) that map to a category. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record MappingRule(List<String> place, List<String> provider, String category) {
        public MappingRule {
            place = place == null ? List.of() : List.copyOf(place);
            provider = provider == null ? List.of() : List.copyOf(provider);
        }
    }

    /**
     * Entries model. mode: constant (mean monthly entries of the window), trended (straight-line trend
     * of monthly entries over the window) or population (entries per head of the child population by
     * age band, times the projected population).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Entries(String mode, String populationFile, String populationArea) {
        public Entries {
            mode = mode == null ? "constant" : mode;
        }
    }

    /**
     * Edit of the monthly probability of moving from a category (and age band) to a category or exit.
     * Exactly one of multiply and add_monthly_probability. from/until bound the months it applies to
     * (by each month's first day, inclusive); null = unbounded.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record RateEdit(String fromCategory, String to, String ageBand, Double multiply,
            Double addMonthlyProbability, LocalDate from, LocalDate until) {
        public RateEdit {
            fromCategory = fromCategory == null ? ANY : fromCategory;
            ageBand = ageBand == null ? ANY : ageBand;
        }
    }

    /** Edit of expected entries into a category and age band: multiply, or add children per month. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record EntryEdit(String category, String ageBand, Double multiply, Double addPerMonth,
            LocalDate from, LocalDate until) {
        public EntryEdit {
            category = category == null ? ANY : category;
            ageBand = ageBand == null ? ANY : ageBand;
        }
    }

    /**
     * When a child has spent max_months in the category, with the given probability it moves to
     * move_to (a category or "exit").
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record DurationCap(String category, Integer maxMonths, String moveTo, Double probability,
            LocalDate from, LocalDate until) {
        public DurationCap {
            probability = probability == null ? 1.0 : probability;
        }
    }

    public LacProjectionConfig {
        categories = categories == null ? defaultCategories() : List.copyOf(categories);
        placementMapping = placementMapping == null ? defaultMapping() : List.copyOf(placementMapping);
        defaultCategory = defaultCategory == null ? PlacementCategoryMap.OTHER : defaultCategory;
        ageBands = ageBands == null ? List.of("0-1", "1-5", "5-10", "10-16", "16-18") : List.copyOf(ageBands);
        referenceWindow = referenceWindow == null ? "12m" : referenceWindow;
        priorStrength = priorStrength == null ? 1.0 : priorStrength;
        entries = entries == null ? new Entries(null, null, null) : entries;
        inflationPerYear = inflationPerYear == null ? 0.0 : inflationPerYear;
        rateEdits = rateEdits == null ? List.of() : List.copyOf(rateEdits);
        entryEdits = entryEdits == null ? List.of() : List.copyOf(entryEdits);
        durationCaps = durationCaps == null ? List.of() : List.copyOf(durationCaps);
        backtestMonths = backtestMonths == null ? 24 : backtestMonths;
        aggregateMoves = aggregateMoves == null ? "net" : aggregateMoves;
    }

    /** All defaults. */
    public static LacProjectionConfig defaults() {
        return new LacProjectionConfig(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /**
     * Default categories with illustrative weekly costs (GBP per child per week): Leicestershire's
     * sources give external placements at 520-989 a week and 16+ supported accommodation at about 257;
     * the in-house and residential figures are placeholders a user should replace with their own.
     */
    public static List<Category> defaultCategories() {
        return List.of(
                new Category(PlacementCategoryMap.IN_HOUSE_FOSTER, "In-house fostering", 450.0),
                new Category(PlacementCategoryMap.IFA_FOSTER, "IFA fostering", 850.0),
                new Category(PlacementCategoryMap.CONNECTED, "Connected (kinship) care", 300.0),
                new Category(PlacementCategoryMap.RESIDENTIAL_IN_HOUSE, "Residential (in-house)", 3500.0),
                new Category(PlacementCategoryMap.RESIDENTIAL_EXTERNAL, "Residential (external)", 5000.0),
                new Category(PlacementCategoryMap.SUPPORTED, "Supported accommodation (16+)", 260.0),
                new Category(PlacementCategoryMap.OTHER, "Other", 200.0));
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
        return categories.stream().map(Category::id).toList();
    }

    public LacProjectionConfig withReferenceWindow(String window) {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, window, priorStrength,
                entries, inflationPerYear, costBaseYear, rateEdits, entryEdits, durationCaps, backtestMonths,
                ssda903Dir, aggregatesFile, aggregateMoves);
    }

    public LacProjectionConfig withInputs(String newSsda903Dir, String newAggregatesFile) {
        return new LacProjectionConfig(categories, placementMapping, defaultCategory, ageBands, referenceWindow,
                priorStrength, entries, inflationPerYear, costBaseYear, rateEdits, entryEdits, durationCaps,
                backtestMonths, newSsda903Dir, newAggregatesFile, aggregateMoves);
    }
}
