package uk.sufficiency.engine.projection.lac;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * commons-math's RandomGenerator over java.util.SplittableRandom: several times faster per draw than
 * the Mersenne-type generators, which matters for tens of millions of child-month draws, and still
 * lets the commons-math distributions (Gamma, Poisson) draw from it.
 */
final class SplittableRandomGenerator extends AbstractRandomGenerator {

    private SplittableRandom random;

    SplittableRandomGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void setSeed(long seed) {
        random = new SplittableRandom(seed);
        clear();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }
}
