package uk.sufficiency.cli.region;

import java.util.List;
import uk.sufficiency.cli.run.RunContext;
import uk.sufficiency.cli.run.RunStep;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.market.RegionMarketCapability;
import uk.sufficiency.engine.market.RegionMarketInputs;
import uk.sufficiency.engine.market.RegionMarketResult;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * {@code run} on a region: the placement market simulated month by month across the region, pooled
 * against each council alone with the same seeds, through the same {@link RegionMarketCapability} as
 * {@code simulate REGION_DIR}. Not run (and said so) when a member has no {@code lac_projection}.
 */
public final class RegionSimulationStep implements RunStep {

    private final Region region;
    private final RegionMarketCapability capability = new RegionMarketCapability();

    public RegionSimulationStep(Region region) {
        this.region = region;
    }

    @Override
    public String id() {
        return capability.id();
    }

    @Override
    public String title() {
        return "The placement market month by month across the region, pooled against each council alone";
    }

    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        if (capability.unconfigured(region).isEmpty()) {
            capability.settings(region, scenario, problems);
        }
    }

    @Override
    public StepResult run(RunContext context) {
        List<String> missing = capability.unconfigured(region);
        if (!missing.isEmpty()) {
            return StepResult.builder().summary("Not run: the simulation takes each council's entries, leavers and"
                    + " moves from its looked-after children model, and these members' scenario.yaml have no"
                    + " lac_projection section: " + String.join(", ", missing) + ".").build();
        }
        ProblemCollector problems = new ProblemCollector();
        RegionMarketInputs inputs = capability.settings(region, context.scenario(), problems);
        problems.throwIfErrors();
        RegionMarketResult result = capability.run(inputs, context.pipeline());
        return RegionSimulationView.present(result);
    }
}
