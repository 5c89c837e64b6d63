package uk.sufficiency.engine.projection.lac;

import uk.sufficiency.engine.pipeline.PipelineContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig.DriftPrior;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig.PricedCategory;
import uk.sufficiency.engine.projection.lac.LacProjectionSettings.Category;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads the {@code lac_projection:} section: one strict binding ({@link ConfigSection#bind}), then
 * every default filled and recorded as an assumption with its source, and every range and
 * cross-reference rule checked, each problem at the file and line that set the key.
 */
public final class LacSettingsReader {

    /**
     * Simulations times years a projection may run: every simulation's month-by-category-by-age
     * counts are kept (about 21 KB a simulation-year), so 10,000 (1,000 simulations over 10 years,
     * or 2,000 over 5) keep about 210 MB; 1,000 over 20 years exhausted a 1 GiB heap (BENCHMARKS.md).
     */
    public static final int MAX_SIMULATION_YEARS = 10_000;

    /** The section of scenario.yaml. */
    public static final String SECTION = "lac_projection";

    private static final Pattern WINDOW = Pattern.compile("(\\d+)\\s*([my]?)");
    private static final String NONE = "none";

    /** The checked settings, the run's size, and every value used with where it came from. */
    public record Read(LacProjectionConfig config, int years, int simulations, Long seed, List<Assumption> assumptions) {
    }

    private final ConfigSection section;
    private final ProblemCollector problems;
    private final List<Assumption> assumptions = new ArrayList<>();

    private LacSettingsReader(ConfigSection section, ProblemCollector problems) {
        this.section = section;
        this.problems = problems;
    }

    /** Reads and checks the section; null (with the problems added) when it has errors. */
    public static Read read(ConfigSection section, ProblemCollector problems) {
        LacProjectionSettings raw = section.bind(LacProjectionSettings.class, problems);
        if (raw == null) {
            return null;
        }
        return new LacSettingsReader(section, problems).resolve(raw);
    }

    private Read resolve(LacProjectionSettings s) {
        long errorsBefore = errors();
        int years = section.valueOrDefault(s.years(), "/years", 5, "years after the as-of date", "default", assumptions);
        section.checkRange(problems, "/years", years, 1, 30, "a number of years");
        int simulations = section.valueOrDefault(s.simulations(), "/simulations", 1000, "simulations", "default",
                assumptions);
        section.checkRange(problems, "/simulations", simulations, 1,
                Math.min(PipelineContext.MAX_SIMULATIONS, MAX_SIMULATION_YEARS / Math.max(1, years)),
                "a number of simulations for " + years + " year(s) (at most " + MAX_SIMULATION_YEARS
                        + " simulation-years: every simulated month is kept)");
        section.checkRange(problems, "/seed", s.seed(), 0, (double) ((1L << 53) - 1), "a seed");
        List<PricedCategory> categories = categories(s.categories());
        Set<String> ids = new HashSet<>(categories.stream().map(PricedCategory::id).toList());
        String defaultCategory = s.defaultCategory() == null ? uk.sufficiency.model.placement.LacCategory.OTHER.id()
                : s.defaultCategory();
        new LacEditChecks(section, problems, ids).category("/default_category", defaultCategory, false, false);
        var mapping = s.placementMapping() == null ? LacProjectionConfig.defaultMapping() : s.placementMapping();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i).place().isEmpty()) {
                section.error(problems, "/placement_mapping/" + i + "/place", null, "a mapping rule needs at least one PLACE code");
            }
            new LacEditChecks(section, problems, ids).category("/placement_mapping/" + i + "/category",
                    mapping.get(i).category(), false, false);
        }
        List<String> ageBands = s.ageBands() == null ? LacProjectionConfig.DEFAULT_AGE_BANDS : s.ageBands();
        AgeBands bands = null;
        try {
            bands = AgeBands.parse(ageBands);
        } catch (IllegalArgumentException e) {
            section.error(problems, "/age_bands", String.join(",", ageBands), e.getMessage());
        }
        String window = section.valueOrDefault(s.referenceWindow(), "/reference_window", "12m", "months of history",
                "default", assumptions);
        int windowMonths = windowMonths(window);
        if (windowMonths < 1) {
            section.error(problems, "/reference_window", window, "a number of months (12m) or years (2y), at least 1 month");
        }
        double prior = section.valueOrDefault(s.priorStrength(), "/prior_strength", 1.0, "pseudo-observations",
                "default (decision 0031)", assumptions);
        section.checkRange(problems, "/prior_strength", prior, 1e-6, 1e6, "a prior weight in pseudo-observations");
        var entries = s.entries() == null ? new LacProjectionSettings.Entries(null, null, null) : s.entries();
        String mode = section.valueOrDefault(entries.mode(), "/entries/mode", LacProjectionConfig.CONSTANT, "entry model",
                "default", assumptions);
        if (!List.of(LacProjectionConfig.CONSTANT, LacProjectionConfig.TRENDED, LacProjectionConfig.POPULATION).contains(mode)) {
            section.error(problems, "/entries/mode", mode, "constant, trended or population");
        } else if (mode.equals(LacProjectionConfig.POPULATION) && entries.populationFile() == null) {
            section.error(problems, "/entries", null, "entries.mode population needs entries.population_file");
        }
        DriftPrior drift = drift(s.rateDrift());
        String moves = section.valueOrDefault(s.aggregateMoves(), "/aggregate_moves", "net", "with yearly aggregates",
                "default (decision 0037)", assumptions);
        if (!List.of("net", NONE).contains(moves)) {
            section.error(problems, "/aggregate_moves", moves, "net or none");
        }
        int backtest = section.valueOrDefault(s.backtestMonths(), "/backtest_months", years * 12, "months",
                "default: the projection's years x 12", assumptions);
        section.checkRange(problems, "/backtest_months", backtest, 0, 600, "a number of months (0 = no backtest)");
        new LacEditChecks(section, problems, ids).check(s, bands);
        if (errors() > errorsBefore) {
            return null;
        }
        LacProjectionConfig config = new LacProjectionConfig(categories, mapping, defaultCategory, ageBands, windowMonths,
                prior, mode, path(entries.populationFile()), entries.populationArea(), drift,
                s.rateEdits() == null ? List.of() : s.rateEdits(), s.entryEdits() == null ? List.of() : s.entryEdits(),
                s.durationCaps() == null ? List.of() : s.durationCaps(), backtest, path(s.ssda903Dir()),
                path(s.aggregatesFile()), moves.equals("net"));
        return new Read(config, years, simulations, s.seed(), assumptions);
    }

    private List<PricedCategory> categories(List<Category> given) {
        if (given == null) {
            for (PricedCategory c : LacProjectionConfig.defaultCategories()) {
                assumptions.add(new Assumption(SECTION + ".categories." + c.id() + ".placement_type",
                        c.placementType() == null ? NONE : c.placementType().word(), "priced as", "default"));
            }
            return LacProjectionConfig.defaultCategories();
        }
        if (given.isEmpty()) {
            section.error(problems, "/categories", null, "at least one category is required");
        }
        List<PricedCategory> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Category c = given.get(i);
            String at = "/categories/" + i;
            if (c.id() == null || c.id().isBlank()) {
                section.error(problems, at + "/id", null, "every category needs an id");
                continue;
            }
            if (!seen.add(c.id()) || c.id().equals(LacProjectionSettings.EXIT) || c.id().equals(LacProjectionSettings.ANY)) {
                section.error(problems, at + "/id", c.id(), "category ids must be unique and not 'exit' or 'any'");
            }
            PlacementType type = placementType(c, at);
            out.add(new PricedCategory(c.id(), c.label() == null ? c.id() : c.label(), type));
        }
        return out;
    }

    private PlacementType placementType(Category c, String at) {
        String key = SECTION + ".categories." + c.id() + ".placement_type";
        if (c.placementType() == null) {
            PlacementType type = LacProjectionConfig.defaultType(c.id());
            if (type == null && !c.id().equals(uk.sufficiency.model.placement.LacCategory.OTHER.id())) {
                section.error(problems, at + "/placement_type", null, "category '" + c.id()
                        + "' needs a placement_type to be priced from unit_costs: one of " + typeWords() + ", or none");
            }
            assumptions.add(new Assumption(key, type == null ? NONE : type.word(), "priced as", "default for '" + c.id() + "'"));
            return type;
        }
        if (c.placementType().equals(NONE)) {
            assumptions.add(new Assumption(key, NONE, "priced as", section.origin(at + "/placement_type").source()));
            return null;
        }
        for (PlacementType type : PlacementType.values()) {
            if (type.word().equals(c.placementType().toLowerCase(Locale.ROOT))) {
                assumptions.add(new Assumption(key, type.word(), "priced as", section.origin(at + "/placement_type").source()));
                return type;
            }
        }
        section.error(problems, at + "/placement_type", c.placementType(), "one of " + typeWords() + ", or none");
        return null;
    }

    private static String typeWords() {
        return String.join(", ", Arrays.stream(PlacementType.values()).map(Word::word).toList());
    }

    private DriftPrior drift(LacProjectionSettings.RateDrift given) {
        var d = given == null ? new LacProjectionSettings.RateDrift(null, null) : given;
        String source = "default: pooled over 146 English authorities (decision 0038)";
        double sd = section.valueOrDefault(d.priorSdPerYear(), "/rate_drift/prior_sd_per_year",
                DriftPrior.DEFAULT.sdPerYear(), "sd of the yearly change of a log rate", source, assumptions);
        section.checkRange(problems, "/rate_drift/prior_sd_per_year", sd, 0, 2, "a standard deviation per year");
        double years = section.valueOrDefault(d.priorYears(), "/rate_drift/prior_years", DriftPrior.DEFAULT.years(),
                "years of history the prior is worth", source, assumptions);
        section.checkRange(problems, "/rate_drift/prior_years", years, 0.01, 100, "a weight in years");
        return new DriftPrior(sd, years);
    }

    private long errors() {
        return problems.problems().stream().filter(p -> p.severity() == uk.sufficiency.model.validation.Problem.Severity.ERROR)
                .count();
    }

    private static Path path(String text) {
        return text == null ? null : Path.of(text);
    }

    /** Months in a reference window written "12m", "2y" or "12"; -1 if it is not one. */
    public static int windowMonths(String text) {
        Matcher m = WINDOW.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return -1;
        }
        int n = Integer.parseInt(m.group(1));
        return "y".equals(m.group(2)) ? n * 12 : n;
    }
}
