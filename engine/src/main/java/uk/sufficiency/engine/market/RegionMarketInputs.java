package uk.sufficiency.engine.market;

import java.util.List;
import uk.sufficiency.model.region.Region;

/**
 * Everything a region's market simulation reads, checked before it runs: the region, its own
 * settings (region.yaml's {@code simulation:} section: months, simulations, seed, matcher steps) and
 * each member's own inputs (its {@code simulation:}, {@code lac_projection} and {@code plan} sections).
 */
public record RegionMarketInputs(Region region, MarketSettings settings, List<MarketInputs> members) {

    public RegionMarketInputs {
        members = List.copyOf(members);
    }
}
