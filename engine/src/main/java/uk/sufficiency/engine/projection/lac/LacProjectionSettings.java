package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code lac_projection:} section of scenario.yaml as written, bound in one strict pass by
 * {@code scenario.settings("lac_projection").bind(...)}: keys are the components in snake_case, every
 * unknown key or wrong type is a problem naming the file and line (a base scenario's line for an
 * inherited key). Every component may be omitted (null); {@link LacSettingsReader} fills the
 * documented defaults, records each as an assumption, and checks ranges and cross-references.
 *
 * @param years            years projected after the scenario's as-of date (default 5; {@code --years})
 * @param simulations      Monte Carlo simulations (default 1000; {@code --simulations})
 * @param seed             seed of the projection, unless {@code --seed} is given
 * @param categories       placement categories in output order, each priced as a {@code placement_type}
 *                         of the scenario's {@code unit_costs}
 * @param placementMapping PLACE x PLACE_PROVIDER rules, first match wins
 * @param defaultCategory  category of pairs no rule matches
 * @param ageBands         contiguous bands "from-to" in whole years, from 0 to 18 (upper bound exclusive)
 * @param referenceWindow  history the rates are estimated on: "12m", "2y" or a number of months
 * @param priorStrength    weight (pseudo-observations) of the pooled prior on each state's outcomes
 * @param entries          how entries into care are projected
 * @param rateDrift        the prior on how far entry and leaving rates move from year to year
 * @param rateEdits        scenario edits of monthly transition or exit probabilities
 * @param entryEdits       scenario edits of entries
 * @param durationCaps     scenario caps on the time a child spends in a category
 * @param backtestMonths   longest horizon compared in the backtests (default: the projection's years x 12; 0 = off)
 * @param ssda903Dir       folder of SSDA903 returns
 * @param aggregatesFile   yearly aggregates CSV, for authorities without child-level data
 * @param aggregateMoves   with yearly aggregates, how moves between categories are estimated: net or none
 */
public record LacProjectionSettings(
        Integer years,
        Integer simulations,
        Long seed,
        List<Category> categories,
        List<MappingRule> placementMapping,
        String defaultCategory,
        List<String> ageBands,
        String referenceWindow,
        Double priorStrength,
        Entries entries,
        RateDrift rateDrift,
        List<RateEdit> rateEdits,
        List<EntryEdit> entryEdits,
        List<DurationCap> durationCaps,
        Integer backtestMonths,
        String ssda903Dir,
        String aggregatesFile,
        String aggregateMoves) {

    public static final String EXIT = "exit";
    public static final String ANY = "any";

    /**
     * A placement category and the placement type of the scenario's price list it is costed as
     * ({@code none}: not priced, e.g. placed with parents or for adoption).
     */
    public record Category(String id, String label, String placementType) {
    }

    /** PLACE codes (and optionally PLACE_PROVIDER codes) that map to a category. */
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
    public record Entries(String mode, String populationFile, String populationArea) {
    }

    /**
     * Prior on the year-to-year movement of the entry rate and of the leaving rates (docs/methods,
     * decision 0038): a random walk of the log rate whose yearly standard deviation has this prior
     * value, worth {@code priorYears} years of the authority's own history.
     */
    public record RateDrift(Double priorSdPerYear, Double priorYears) {
    }

    /**
     * Edit of the monthly probability of moving from a category (and age band) to a category or exit.
     * Exactly one of multiply and add_monthly_probability. from/until bound the months it applies to
     * (by each month's first day, inclusive); null = unbounded.
     */
    public record RateEdit(String fromCategory, String to, String ageBand, Double multiply,
            Double addMonthlyProbability, LocalDate from, LocalDate until) {
        public RateEdit {
            fromCategory = fromCategory == null ? ANY : fromCategory;
            ageBand = ageBand == null ? ANY : ageBand;
        }
    }

    /** Edit of expected entries into a category and age band: multiply, or add children per month. */
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
    public record DurationCap(String category, Integer maxMonths, String moveTo, Double probability,
            LocalDate from, LocalDate until) {
        public DurationCap {
            probability = probability == null ? 1.0 : probability;
        }
    }
}
