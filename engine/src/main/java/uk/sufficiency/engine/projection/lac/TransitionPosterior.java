package uk.sufficiency.engine.projection.lac;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Dirichlet posterior of each state's monthly outcome probabilities (stay, move to each other
 * category, leave care). The prior for state (band, category) has total weight {@code priorStrength}
 * and is centred on the outcome mix of that category pooled over all age bands, itself smoothed with
 * one pseudo-observation spread evenly over the outcomes; so every outcome keeps a positive
 * probability however sparse the cell, and a cell with little data borrows from its category.
 */
public final class TransitionPosterior {

    private final LacStates space;
    private final double[][] counts;
    private final double[][] alpha;

    public TransitionPosterior(LacStates space, double[][] counts, double priorStrength) {
        this.space = space;
        this.counts = counts;
        int k = space.categoryCount();
        int outcomes = k + 1;
        double[][] pooled = new double[k][outcomes];
        for (int s = 0; s < space.stateCount(); s++) {
            for (int o = 0; o < outcomes; o++) {
                pooled[space.categoryOfState(s)][o] += counts[s][o];
            }
        }
        for (int c = 0; c < k; c++) {
            double total = 0;
            for (int o = 0; o < outcomes; o++) {
                pooled[c][o] += 1.0 / outcomes;
                total += pooled[c][o];
            }
            for (int o = 0; o < outcomes; o++) {
                pooled[c][o] /= total;
            }
        }
        alpha = new double[space.stateCount()][outcomes];
        for (int s = 0; s < space.stateCount(); s++) {
            for (int o = 0; o < outcomes; o++) {
                alpha[s][o] = counts[s][o] + priorStrength * pooled[space.categoryOfState(s)][o];
            }
        }
    }

    public LacStates space() {
        return space;
    }

    public double[][] counts() {
        return counts;
    }

    public double alpha(int state, int outcome) {
        return alpha[state][outcome];
    }

    public double alphaTotal(int state) {
        double total = 0;
        for (double a : alpha[state]) {
            total += a;
        }
        return total;
    }

    /** Posterior mean monthly probability. */
    public double mean(int state, int outcome) {
        return alpha[state][outcome] / alphaTotal(state);
    }

    /** One draw of every state's outcome probabilities, [state][outcome]. */
    public double[][] draw(RandomGenerator rng) {
        double[][] p = new double[alpha.length][];
        for (int s = 0; s < alpha.length; s++) {
            p[s] = EntryModel.dirichlet(rng, alpha[s]);
        }
        return p;
    }

    /** Posterior means, [state][outcome]. */
    public double[][] means() {
        double[][] p = new double[alpha.length][alpha[0].length];
        for (int s = 0; s < alpha.length; s++) {
            for (int o = 0; o < alpha[s].length; o++) {
                p[s][o] = mean(s, o);
            }
        }
        return p;
    }
}
