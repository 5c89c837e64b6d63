package uk.sufficiency.engine.market;

import java.util.List;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.model.region.Region;

/**
 * Everything every simulation of a region shares, read-only: the region (its pooling rules and the
 * pooled scenario the month's matching reads), each member's own market model (its children and
 * placements with region ids, its own looked-after children model, supply, recruitment, external
 * market and prices), and the region's settings (months, simulations, seed, matcher steps).
 *
 * @param members     each member's model, in the region's member order
 * @param prefixes    each member's id prefix ({@code derby/}), in the same order
 */
record RegionMarketModel(Region region, List<MarketModel> members, List<String> prefixes, MarketSettings settings,
        MatchingOptions pooledOptions) {

    RegionMarketModel {
        members = List.copyOf(members);
        prefixes = List.copyOf(prefixes);
    }

    int councils() {
        return members.size();
    }

    /** Member index of a region id ({@code derby/R12}), or -1. */
    int memberOf(String regionId) {
        for (int c = 0; c < prefixes.size(); c++) {
            if (regionId.startsWith(prefixes.get(c))) {
                return c;
            }
        }
        return -1;
    }
}
