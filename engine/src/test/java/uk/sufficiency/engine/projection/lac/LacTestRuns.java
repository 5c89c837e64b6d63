package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.validation.ProblemCollector;

/** Runs a projection on a history in tests, without a scenario: default prices, as of a given date. */
final class LacTestRuns {

    static final ConfigSection SECTION = ScenarioConfig.empty().section(LacSettingsReader.SECTION);

    private LacTestRuns() {
    }

    static LacProjectionInputs inputs(LacProjectionConfig config, LacHistory history, LocalDate asOf, int years) {
        ProblemCollector problems = new ProblemCollector();
        LacTimeFrame frame = LacTimeFrame.of(history, asOf, config.windowMonths(), years, SECTION, problems);
        problems.throwIfErrors();
        return new LacProjectionInputs(config, years, 100, null, history, null, frame,
                LacPrices.of(config.categories(), UnitCosts.defaults(asOf), List.of()), List.of(), List.of());
    }

    static LacProjectionResult run(LacProjectionConfig config, LacHistory history, LocalDate asOf, int years,
            int simulations, long seed) {
        return LacProjection.run(inputs(config, history, asOf, years), simulations, seed, ProgressListener.NONE);
    }
}
