package uk.sufficiency.engine.random;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.BitsStreamGenerator;

/**
 * The JDK's {@link SplittableRandom} (SplitMix64) as a commons-math generator, so that the
 * commons-math distributions (Gamma, Poisson, Beta) can draw from it. The one random-number adapter
 * of the engine's simulations (EHCP cohorts, looked-after children). Chosen over Well19937c because
 * the simulations draw tens of millions of uniforms (one per plan per year, one per child per month)
 * and Well19937c's state update dominated the run time; SplitMix64 passes BigCrush and is seeded in
 * one step, so each simulation gets its own cheap, independent stream and results do not depend on
 * thread scheduling.
 */
public final class SplitMixRandom extends BitsStreamGenerator {

    private static final long serialVersionUID = 1L;

    private SplittableRandom random;

    public SplitMixRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void setSeed(int seed) {
        setSeed((long) seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long mixed = 0;
        for (int s : seed) {
            mixed = mixed * 0x9E3779B97F4A7C15L + s;
        }
        setSeed(mixed);
    }

    @Override
    public void setSeed(long seed) {
        random = new SplittableRandom(seed);
        clear();
    }

    @Override
    protected int next(int bits) {
        return random.nextInt() >>> (32 - bits);
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
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
