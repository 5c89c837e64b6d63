package uk.sufficiency.engine.projection.lac;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The looked-after children projection's one entry point, called by {@code project-lac} (after its
 * options have become overrides of the {@code lac_projection} section) and by {@code run}'s LAC step
 * alike, so both give the same figures for the same scenario and seed. The result is shared in the
 * pipeline context for later capabilities (the plan takes its demand from it).
 */
public final class LacProjectionCapability implements Capability<LacProjectionInputs, LacProjectionResult> {

    /** Simulations of a {@code --quick} run. */
    public static final int QUICK_SIMULATIONS = 200;

    @Override
    public String id() {
        return "lac";
    }

    @Override
    public String section() {
        return LacSettingsReader.SECTION;
    }

    @Override
    public boolean configured(Scenario scenario) {
        return scenario.settings(section()).isPresent();
    }

    @Override
    public LacProjectionInputs settings(Scenario scenario, ProblemCollector problems) {
        ConfigSection section = scenario.settings(section());
        LacSettingsReader.Read read = LacSettingsReader.read(section, problems);
        if (read == null) {
            return null;
        }
        LacProjectionConfig config = read.config();
        AgeBandPopulation population = null;
        if (config.entryMode().equals(LacProjectionConfig.POPULATION)) {
            population = AgeBandPopulation.read(config.populationFile(), config.populationArea(),
                    AgeBands.parse(config.ageBands()), problems);
        }
        LacHistorySource.Loaded loaded = LacHistorySource.load(config, section, problems);
        if (loaded == null || problems.hasErrors()) {
            return null;
        }
        LacTimeFrame frame = LacTimeFrame.of(loaded.history(), scenario.asOfDate(), config.windowMonths(), read.years(),
                section, problems);
        if (frame == null) {
            return null;
        }
        LacPrices prices;
        try {
            prices = LacPrices.of(config.categories(), scenario.unitCosts(), scenario.placements());
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        List<Assumption> assumptions = new ArrayList<>(read.assumptions());
        return new LacProjectionInputs(config, read.years(), read.simulations(), read.seed(), loaded.history(), population,
                frame, prices, loaded.dataQuality(), assumptions);
    }

    @Override
    public LacProjectionResult run(LacProjectionInputs inputs, PipelineContext context) {
        int simulations = context.quick() ? Math.min(QUICK_SIMULATIONS, inputs.simulations()) : inputs.simulations();
        LacProjectionResult result = LacProjection.run(inputs, simulations, context.seed(inputs.seed()),
                context.progress());
        context.share(LacProjectionResult.class, result);
        return result;
    }

    @Override
    public List<Table> tables(LacProjectionResult result) {
        return LacTables.all(result);
    }
}
