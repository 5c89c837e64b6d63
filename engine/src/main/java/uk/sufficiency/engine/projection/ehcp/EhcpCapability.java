package uk.sufficiency.engine.projection.ehcp;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettingsCheck;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.report.EhcpTables;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The EHCP and high-needs budget projection's one entry point: {@code project-ehcp} and the
 * {@code run} step both call it, the command only turning its options into overrides of the
 * {@code ehcp_projection} section first.
 */
public final class EhcpCapability implements Capability<EhcpRequest, EhcpProjectionResult> {

    @Override
    public String id() {
        return "ehcp";
    }

    @Override
    public String section() {
        return EhcpSettings.SECTION;
    }

    @Override
    public boolean configured(Scenario scenario) {
        return scenario.settings(EhcpSettings.SECTION).isPresent();
    }

    @Override
    public EhcpRequest settings(Scenario scenario, ProblemCollector problems) {
        ConfigSection section = scenario.settings(EhcpSettings.SECTION);
        EhcpSettings bound = section.bind(EhcpSettings.class, problems);
        if (bound == null) {
            return null;
        }
        List<Assumption> assumptions = new ArrayList<>();
        EhcpSettings settings = EhcpSettingsCheck.resolve(bound, section, problems, assumptions);
        if (settings == null) {
            return null;
        }
        EhcpInputs inputs = EhcpInputLoader.load(settings, section, problems);
        if (inputs == null) {
            return null;
        }
        int origin = settings.baseYear() != null ? settings.baseYear() : inputs.lastCensusYear();
        int fitFrom = settings.fitFromYear() != null ? settings.fitFromYear() : inputs.firstCensusYear();
        section.valueOrDefault(settings.baseYear(), "/base_year", origin, "January census",
                "default: the last census in the data", assumptions);
        section.valueOrDefault(settings.fitFromYear(), "/fit_from_year", fitFrom, "January census",
                "default: the first census in the data", assumptions);
        return new EhcpRequest(settings, inputs, origin, fitFrom, scenario.asOfDate(), settings.seed(), assumptions);
    }

    @Override
    public EhcpProjectionResult run(EhcpRequest request, PipelineContext context) {
        List<Assumption> assumptions = new ArrayList<>(request.assumptions());
        ConfigSection section = context.scenario().settings(EhcpSettings.SECTION);
        EhcpSettings settings = EhcpSettingsCheck.withSimulations(request.settings(), section, context.quick(),
                assumptions);
        EhcpRequest forRun = new EhcpRequest(settings, request.inputs(), request.originYear(), request.fitFromYear(),
                request.asOfDate(), request.seed(), assumptions);
        EhcpProjectionResult result = EhcpProjection.run(forRun, context.seed(request.seed()), context.progress());
        context.share(EhcpProjectionResult.class, result);
        return result;
    }

    @Override
    public List<Table> tables(EhcpProjectionResult result) {
        return EhcpTables.all(result);
    }
}
