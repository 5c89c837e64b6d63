package uk.sufficiency.engine.projection.ehcp.fit;

import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

/**
 * Fitted yearly rates, as posterior distributions the Monte Carlo draws from once per simulation.
 * Arrays are indexed by state (or, for joiners, by academic year minus the space's minimum).
 *
 * <ul>
 *   <li>leaving: Beta({@code leaveAlpha}, {@code leaveBeta}) per state; {@code mustLeave} when the
 *       state has no valid next state;</li>
 *   <li>moving (for those who stay): Beta({@code moveAlpha}, {@code moveBeta}); {@code mustMove}
 *       when staying would be invalid; movers go to {@code destinations[i]} with probabilities
 *       {@code destinationProbabilities[i]} (the Dirichlet posterior mean);</li>
 *   <li>joining: rate per head of population ~ Gamma(shape {@code joinerShape}, rate
 *       {@code joinerRate}) per academic year (at the fitted years' pooled level), times the
 *       trend multiplier of the year drawn from {@code trend}; joiners go to
 *       {@code joinerCells[a]} with probabilities {@code joinerProbabilities[a]}.</li>
 * </ul>
 */
public record RateModel(PlanStateSpace space, int fitFromYear, int originYear,
        double[] leaveAlpha, double[] leaveBeta, boolean[] mustLeave,
        double[] moveAlpha, double[] moveBeta, boolean[] mustMove,
        int[][] destinations, double[][] destinationProbabilities,
        double[] joinerShape, double[] joinerRate, int[][] joinerCells, double[][] joinerProbabilities,
        JoinerTrendPosterior trend) {

    /** Posterior mean chance a plan in state i ends in the year. */
    public double meanLeaveProbability(int i) {
        return mustLeave[i] ? 1.0 : leaveAlpha[i] / (leaveAlpha[i] + leaveBeta[i]);
    }

    /** Posterior mean chance a staying plan in state i moves. */
    public double meanMoveProbability(int i) {
        return mustMove[i] ? 1.0 : moveAlpha[i] / (moveAlpha[i] + moveBeta[i]);
    }

    /** Posterior mean joiners per head of population at an academic year, at the fitted years' pooled level. */
    public double meanJoinerRate(int academicYear) {
        int a = academicYear - space.minAcademicYear();
        return joinerRate[a] > 0 ? joinerShape[a] / joinerRate[a] : 0.0;
    }
}
