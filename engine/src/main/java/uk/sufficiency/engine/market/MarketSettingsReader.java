package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads the {@code simulation:} section: binds it strictly, checks each key's range at its file and
 * line, and fills every unset key with its documented default, recording where each value came from.
 */
public final class MarketSettingsReader {

    public static final String SECTION = "simulation";
    static final int DEFAULT_MONTHS = 36;
    static final int DEFAULT_SIMULATIONS = 200;
    /** DfE's looked-after children statistics count placements "more than 20 miles from home". */
    static final double DEFAULT_OUT_OF_COUNTY_KM = 20 * 1.609344;
    static final int DEFAULT_MATCHER_STEPS = 100;

    private MarketSettingsReader() {
    }

    /** The settings, or null after adding the problems. */
    public static MarketSettings read(Scenario scenario, ProblemCollector problems) {
        ConfigSection section = scenario.settings(SECTION);
        SimulationSection s = section.bind(SimulationSection.class, problems);
        if (s == null) {
            return null;
        }
        long before = errorCount(problems);
        List<Assumption> assumptions = new ArrayList<>();
        section.checkRange(problems, "/months", s.months(), 1, 240, "months simulated");
        section.checkRange(problems, "/simulations", s.simulations(), 1, PipelineContext.MAX_SIMULATIONS, "simulations");
        section.checkRange(problems, "/external_offers_per_month", s.externalOffersPerMonth(), 0, 100_000,
                "vacancies offered a month");
        section.checkRange(problems, "/out_of_county_km", s.outOfCountyKm(), 0, 1_000, "a distance in km");
        section.checkRange(problems, "/matcher_steps", s.matcherSteps(), 0, 1_000_000, "local-search steps");
        if (errorCount(problems) > before) {
            return null;
        }
        int months = section.valueOrDefault(s.months(), "/months", DEFAULT_MONTHS, "months",
                "default: three years of months", assumptions);
        int simulations = section.valueOrDefault(s.simulations(), "/simulations", DEFAULT_SIMULATIONS, "simulations",
                "default", assumptions);
        double vacant = vacantExternalPlaces(scenario);
        double offers = section.valueOrDefault(s.externalOffersPerMonth(), "/external_offers_per_month", vacant,
                "vacancies per month", "placements.csv: external places vacant at as_of (places less children living"
                        + " there), offered afresh each month", assumptions);
        double km = section.valueOrDefault(s.outOfCountyKm(), "/out_of_county_km", DEFAULT_OUT_OF_COUNTY_KM, "km",
                "DfE looked-after children statistics: placed more than 20 miles from home", assumptions);
        int steps = section.valueOrDefault(s.matcherSteps(), "/matcher_steps", DEFAULT_MATCHER_STEPS, "steps",
                "default: months the exact flow cannot settle alone (docs/methods/simulation.md)", assumptions);
        return new MarketSettings(months, simulations, s.seed(), offers, km, steps, assumptions);
    }

    private static long errorCount(ProblemCollector problems) {
        return problems.problems().stream().filter(uk.sufficiency.model.validation.Problem::isError).count();
    }

    /** Places in external (bought) placements not taken by a child of the scenario. */
    static double vacantExternalPlaces(Scenario scenario) {
        Map<String, Integer> living = new HashMap<>();
        for (Child child : scenario.children()) {
            if (child.currentPlacementId() != null) {
                living.merge(child.currentPlacementId(), 1, Integer::sum);
            }
        }
        int vacant = 0;
        for (Placement placement : scenario.placements()) {
            if (!placement.type().isInHouse()) {
                vacant += Math.max(0, placement.places() - living.getOrDefault(placement.placementId(), 0));
            }
        }
        return vacant;
    }
}
