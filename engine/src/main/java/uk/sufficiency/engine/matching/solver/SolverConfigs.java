package uk.sufficiency.engine.matching.solver;

import java.util.function.BooleanSupplier;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.move.EjectionMoveIteratorFactory;
import uk.sufficiency.engine.matching.score.MatchingConstraintProvider;

/** The solver configuration, in code so options map onto it directly. */
public final class SolverConfigs {

    /** Late acceptance compares with the score this many steps ago. */
    static final int LATE_ACCEPTANCE_SIZE = 100;
    /** Under a step limit, local search also stops after this many score calculations per step. */
    public static final long SCORE_CALCULATIONS_PER_STEP = 200;
    /** Exact re-solves of the singles' flow per complex request in the construction's refinement. */
    static final int STEP_LIMITED_SOLVES_PER_REQUEST = 5;
    static final int TIME_LIMITED_SOLVES_PER_REQUEST = 20;
    /** Share of the time limit after which the neighbourhood search stops (between neighbourhoods). */
    static final double NEIGHBOURHOOD_SHARE = 0.85;

    private SolverConfigs() {
    }

    /** Constraint streams on Bavet: optaplanner-core would otherwise pick Drools. */
    public static ScoreDirectorFactoryConfig scoreDirector() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    private static LocalSearchPhaseConfig localSearchPhase(MatchingOptions options, int parts, boolean first) {
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig(),
                        new SwapMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EjectionMoveIteratorFactory.class)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        TerminationConfig termination = new TerminationConfig();
        boolean limited = false;
        if (options.stepLimit() != null) {
            long steps = first ? options.stepLimit() / parts : options.stepLimit() - options.stepLimit() / parts;
            termination.setStepCountLimit((int) Math.min(Integer.MAX_VALUE, steps));
            // At an optimum no move may be accepted and a step never ends; this deterministic cap
            // on score calculations ends the phase anyway.
            termination.setScoreCalculationCountLimit(Math.max(1_000L, steps * SCORE_CALCULATIONS_PER_STEP));
            termination.setTerminationCompositionStyle(
                    org.optaplanner.core.config.solver.termination.TerminationCompositionStyle.OR);
            limited = true;
        }
        if (options.unimprovedLimit() != null) {
            // Per half, not for the whole solve: a first half that stops improving still hands over to
            // the polish, which often improves what local search could not (decision 0078).
            termination.setUnimprovedSpentLimit(options.unimprovedLimit());
            limited = true;
        }
        if (first && options.timeLimit() != null) {
            // From the phase's start: the first half gets 40% of the whole limit.
            termination.setSpentLimit(options.timeLimit().multipliedBy(2).dividedBy(5));
            limited = true;
        }
        if (limited) {
            phase.setTerminationConfig(termination);
        }
        return phase;
    }

    private static FlowConstruction polish(MatchingOptions options, BooleanSupplier stopRequested, SolveClock clock) {
        return options.timeLimit() == null
                ? new FlowConstruction(STEP_LIMITED_SOLVES_PER_REQUEST, Long.MAX_VALUE, stopRequested, true, null)
                : new FlowConstruction(TIME_LIMITED_SOLVES_PER_REQUEST, options.timeLimit().toNanos() / 10,
                        stopRequested, true, clock);
    }

    public static SolverConfig create(MatchingOptions options) {
        return create(options, true, () -> false, clockFor(options));
    }

    /** The clock a time-limited solve shares between its phases, or null under a step limit alone. */
    static SolveClock clockFor(MatchingOptions options) {
        return options.timeLimit() == null ? null : new SolveClock(options.timeLimit().toNanos());
    }

    /**
     * @param localSearch   false when no request can change (nothing movable): local search would
     *                      then find no doable move and, under a step limit alone, never finish a step
     * @param stopRequested tells the construction's and the polish's refinement to end early (Ctrl-C)
     * @param clock         from {@link #clockFor}: shared by the construction and the polish
     */
    static SolverConfig create(MatchingOptions options, boolean localSearch, BooleanSupplier stopRequested,
            SolveClock clock) {
        // The time limit is kept by the construction's own clock and, for local search, by
        // OptaPlannerRun stopping the solver at the deadline: a solver-level spent limit would skip
        // the construction when building the problem used up the time, leaving no proposal at all.
        TerminationConfig termination = new TerminationConfig();
        // Local search runs in two halves with a polish between: the singles' exact flow and the
        // refinement again, from wherever local search left sibling groups and living-with children
        // (local search may place one more group at a large soft cost that only the flow repairs).
        LocalSearchPhaseConfig firstHalf = localSearchPhase(options, 2, true);
        LocalSearchPhaseConfig secondHalf = localSearchPhase(options, 2, false);
        // Refinement re-solves the singles' flow: in a time-limited run for up to half the time, in a
        // step-limited (reproducible) run within a fixed budget per complex request.
        FlowConstruction construction = options.timeLimit() == null
                ? new FlowConstruction(STEP_LIMITED_SOLVES_PER_REQUEST, Long.MAX_VALUE, stopRequested, false, null)
                : new FlowConstruction(TIME_LIMITED_SOLVES_PER_REQUEST, options.timeLimit().toNanos() / 2,
                        stopRequested, false, clock);
        // Under a time limit, neighbourhoods solved again exactly after the construction (decision 0101),
        // until a pass gains nothing or most of the limit has passed; local search has the rest.
        var constructionPhase = clock == null ? new CustomPhaseConfig().withCustomPhaseCommands(construction)
                : new CustomPhaseConfig().withCustomPhaseCommands(construction,
                        new NeighbourhoodSearch(() -> stopRequested.getAsBoolean() || clock.passed(NEIGHBOURHOOD_SHARE)));
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(PlacementRequest.class)
                .withScoreDirectorFactory(scoreDirector())
                .withEnvironmentMode(options.assertScores() ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination)
                .withPhases(localSearch
                        ? new org.optaplanner.core.config.phase.PhaseConfig[] {
                            constructionPhase, firstHalf,
                            new CustomPhaseConfig().withCustomPhaseCommands(polish(options, stopRequested, clock)),
                            secondHalf}
                        : new org.optaplanner.core.config.phase.PhaseConfig[] {
                            constructionPhase});
    }

}
