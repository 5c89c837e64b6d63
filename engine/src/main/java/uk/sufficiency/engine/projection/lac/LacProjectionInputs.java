package uk.sufficiency.engine.projection.lac;

import java.util.List;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.validation.Problem;

/**
 * Everything a projection needs, read and checked before it runs ({@link LacProjectionCapability#settings}):
 * the settings, the history they name, the population projection for population-driven entries, the
 * time frame in the scenario's calendar and the categories' prices from the scenario's price list.
 *
 * @param seed        the section's seed, or null (then --seed or the default)
 * @param dataQuality rows of the inputs that were rejected or adjusted, and other warnings
 * @param assumptions every setting and price used, with where it came from
 */
public record LacProjectionInputs(LacProjectionConfig config, int years, int simulations, Long seed,
        LacHistory history, AgeBandPopulation population, LacTimeFrame timeFrame, LacPrices prices,
        List<Problem> dataQuality, List<Assumption> assumptions) {

    public LacProjectionInputs {
        dataQuality = List.copyOf(dataQuality);
        assumptions = List.copyOf(assumptions);
    }
}
