package uk.sufficiency.engine.region;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;

/**
 * Regional matching: the members' children and placements as one problem under the pooling rules
 * ({@link PoolingRule}, {@link RegionPricing}), solved by the ordinary matcher ({@link MatchingService}:
 * flow construction, then local search), and each council alone (its own children and placements,
 * the same prices and solver options) for the comparison.
 */
public final class RegionMatching {

    private final MatchingOptions options;
    private final ProgressListener progress;

    public RegionMatching(MatchingOptions options, ProgressListener progress) {
        this.options = options;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** The pooled problem, built but not solved (for a bound, or a benchmark). */
    public static MatchingSolution pooledProblem(Region region, int maxCandidates) {
        return new MatchingProblemFactory(maxCandidates, new RegionPricing(region), rule(region)).build(region.pooled());
    }

    /** The rule the pooled problem is built under beyond each council's own (to explain a child's result by it). */
    public static PoolingRule rule(Region region) {
        return new PoolingRule(region.pooling());
    }

    /** One council alone, built but not solved. */
    public static MatchingSolution aloneProblem(Region region, RegionMember member, int maxCandidates) {
        return new MatchingProblemFactory(maxCandidates, new RegionPricing(region), null).build(region.alone(member));
    }

    /** The pooled problem solved, without the councils alone (what {@code explain} needs of a region). */
    public MatchingResult solvePooled(Region region) {
        MatchingSolution pooledProblem = pooledProblem(region, options.maxCandidates());
        progress.note("pooled: " + pooledProblem.getRequests().size() + " requests, "
                + pooledProblem.getHomes().size() + " placements");
        return new MatchingService(options).solve(pooledProblem);
    }

    public RegionResult run(Region region) {
        RegionPricing pricing = new RegionPricing(region);
        MatchingResult pooled = solvePooled(region);
        List<MatchingResult> alone = new ArrayList<>();
        for (RegionMember member : region.members()) {
            progress.note(member.id() + " alone");
            alone.add(new MatchingService(options).solve(aloneProblem(region, member, options.maxCandidates())));
        }
        List<RegionResult.Council> councils = new ArrayList<>();
        for (int i = 0; i < region.members().size(); i++) {
            String id = region.members().get(i).id();
            councils.add(new RegionResult.Council(id, region.members().get(i).name(),
                    CouncilOutcome.of(id, pooled.solution(), pricing),
                    CouncilOutcome.of(id, alone.get(i).solution(), pricing)));
        }
        return new RegionResult(region, pooled, alone, councils, pricing);
    }
}
