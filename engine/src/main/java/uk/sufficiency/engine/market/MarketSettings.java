package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.settings.Assumption;

/**
 * The simulation's own settings, defaults filled and ranges checked, with the source of each in
 * {@link #assumptions()}.
 *
 * @param sectionSeed            {@code simulation.seed}, or null (then --seed or the default)
 * @param externalOffersPerMonth mean number of vacant external placements offered each month
 * @param outOfCountyKm          distance from the child's home beyond which a placement is out of county
 * @param matcherSteps           local-search steps when the matching service itself is called
 */
public record MarketSettings(int months, int simulations, Long sectionSeed, double externalOffersPerMonth,
        double outOfCountyKm, int matcherSteps, List<Assumption> assumptions) {

    public MarketSettings {
        assumptions = List.copyOf(assumptions);
    }

    /** The same settings for one run: its simulations and further assumptions (seed used, quick mode). */
    public MarketSettings forRun(int runSimulations, List<Assumption> more) {
        return forRun(months, runSimulations, more);
    }

    /** As {@link #forRun(int, List)} over another number of months (the planner simulates its plan years). */
    public MarketSettings forRun(int runMonths, int runSimulations, List<Assumption> more) {
        List<Assumption> all = new ArrayList<>(assumptions);
        all.addAll(more);
        return new MarketSettings(runMonths, runSimulations, sectionSeed, externalOffersPerMonth, outOfCountyKm,
                matcherSteps, all);
    }
}
