package uk.sufficiency.engine.region;

import java.util.List;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.region.Region;

/**
 * Regional matching's result: the pooled proposal, each council's proposal alone (in member order),
 * and each council's outcome both ways.
 */
public record RegionResult(Region region, MatchingResult pooled, List<MatchingResult> alone, List<Council> councils,
        RegionPricing pricing) {

    /** One council's outcome pooled and alone. */
    public record Council(String id, String name, CouncilOutcome pooled, CouncilOutcome alone) {
    }

    public RegionResult {
        alone = List.copyOf(alone);
        councils = List.copyOf(councils);
    }

    /** The region's children pooled: every council's outcome summed. */
    public CouncilOutcome pooledTotal() {
        return councils.stream().map(Council::pooled).reduce(CouncilOutcome.none(), (a, b) -> a.plus(b, CouncilOutcome.REGION));
    }

    /** The region's children with each council alone. */
    public CouncilOutcome aloneTotal() {
        return councils.stream().map(Council::alone).reduce(CouncilOutcome.none(), (a, b) -> a.plus(b, CouncilOutcome.REGION));
    }
}
