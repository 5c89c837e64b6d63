package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;

/**
 * The model fitted on one reference window: the observations, the posteriors of the monthly outcome
 * probabilities and of the entries, and the rate drift estimated from the history up to the window's end.
 */
public record LacFit(Observations observations, TransitionPosterior transitions, EntryModel entries, RateDrift drift) {

    /** Fits on the {@code config.windowMonths()} months of history ending at {@code windowEnd}. */
    public static LacFit at(LacProjectionConfig config, LacHistory history, AgeBandPopulation population,
            LocalDate windowEnd) {
        LacStates space = config.states();
        Observations obs = history.observe(space, LacTimeFrame.monthEnd(windowEnd, -config.windowMonths()), windowEnd);
        TransitionPosterior transitions = new TransitionPosterior(space, obs.outcomeCounts(), config.priorStrength());
        EntryModel entries = EntryModel.fit(config.entryMode(), obs, space, config.priorStrength(), population);
        RateDrift drift = RateDrift.estimate(history, space, windowEnd, config.drift());
        return new LacFit(obs, transitions, entries, drift);
    }

    /** Simulates forward from {@code base}'s children in care (no edits when {@code edits} has none). */
    public SimulationResult simulate(LacHistory history, LocalDate base, int months, ScenarioEdits edits,
            int simulations, long seed) {
        LacStates space = transitions.space();
        return LacSimulator.run(new LacSimulator.Inputs(transitions, entries, observations.entryAgesByBand(),
                history.childrenAt(space, base), base, months, edits, drift), simulations, seed);
    }
}
