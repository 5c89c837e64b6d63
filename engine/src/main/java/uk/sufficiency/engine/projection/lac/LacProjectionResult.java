package uk.sufficiency.engine.projection.lac;

import java.util.List;
import uk.sufficiency.model.validation.Problem;

/**
 * Everything a projection run produced, before it is written out.
 *
 * @param dataQuality  rejected or adjusted input rows and other warnings
 */
public record LacProjectionResult(LacProjectionConfig config, StateSpace space, String historyDescription,
        Observations observations, TransitionPosterior transitions, EntryModel entries, SimulationResult simulation,
        CostModel costs, Backtest backtest, List<Problem> dataQuality, int simulations, long seed) {
}
