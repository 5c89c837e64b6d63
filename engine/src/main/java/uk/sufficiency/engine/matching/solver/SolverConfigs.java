package uk.sufficiency.engine.matching.solver;

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

    private SolverConfigs() {
    }

    /** Constraint streams on Bavet: optaplanner-core would otherwise pick Drools. */
    public static ScoreDirectorFactoryConfig scoreDirector() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    public static SolverConfig create(MatchingOptions options) {
        TerminationConfig termination = new TerminationConfig();
        if (options.timeLimit() != null) {
            termination.setSpentLimit(options.timeLimit());
        }
        if (options.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedLimit());
        }
        TerminationConfig localSearchTermination = new TerminationConfig();
        if (options.stepLimit() != null) {
            localSearchTermination.setStepCountLimit((int) Math.min(Integer.MAX_VALUE, options.stepLimit()));
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig(),
                        new SwapMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EjectionMoveIteratorFactory.class)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        if (options.stepLimit() != null) {
            localSearch.setTerminationConfig(localSearchTermination);
        }
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(PlacementRequest.class)
                .withScoreDirectorFactory(scoreDirector())
                .withEnvironmentMode(options.assertScores() ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new FlowConstruction()), localSearch);
    }

}
