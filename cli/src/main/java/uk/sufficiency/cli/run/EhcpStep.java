package uk.sufficiency.cli.run;

import uk.sufficiency.engine.projection.ehcp.EhcpCapability;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.EhcpRequest;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.model.scenario.Scenario;

/**
 * EHCPs and high-needs spend projected by the same {@link EhcpCapability} as
 * {@code sufficiency project-ehcp}, from the scenario's {@code ehcp_projection} section
 * (docs/methods/ehcp-projection.md).
 */
public final class EhcpStep extends CapabilityStep<EhcpRequest, EhcpCapability> {

    public EhcpStep() {
        super(new EhcpCapability());
    }

    @Override
    public String title() {
        return "EHCPs and high-needs spend projected";
    }


    @Override
    protected StepResult run(RunContext context, EhcpRequest request) {
        Scenario scenario = context.scenario();
        // Other trend forms first: each run is shared with later steps, and the chosen one must be last.
        var alternatives = context.quick() ? java.util.Map.<EhcpSettings.JoinerTrend, uk.sufficiency.engine.projection
                .ehcp.budget.BudgetRow>of() : EhcpModelChoice.alternatives(scenario, request, capability, context.pipeline());
        // the drivers' tornado: eleven more projections, about 10 s in a full run, so a quick run skips it
        EhcpSensitivity.Result sensitivity = context.quick() ? null
                : EhcpSensitivity.run(scenario, capability, context.pipeline(), Sensitivity.simulations(false));
        EhcpProjectionResult result = capability.run(request, context.pipeline());
        return EhcpView.of(result, capability.tables(result), scenario.targets(),
                EhcpModelChoice.outcomes(request, result, alternatives), sensitivity);
    }
}
