package uk.sufficiency.engine.synthetic;

import java.util.List;
import uk.sufficiency.model.child.SkillLevel;

/**
 * The exact skill-level mix over all in-house carer households (the profile's level mix split by
 * largest remainder), from which each new household takes its level, so the finished scenario
 * holds the mix exactly.
 */
final class LevelPool {

    /** Households still to be given each level; index 0 is level {@link SkillLevel#MIN}. */
    private final int[] counts;
    private final Draws random;

    LevelPool(int households, List<Double> levelMix, Draws random) {
        this.counts = largestRemainder(households, levelMix);
        this.random = random;
    }

    int left() {
        int left = 0;
        for (int count : counts) {
            left += count;
        }
        return left;
    }

    /** Takes the lowest remaining level that meets {@code wanted}, or the highest left below it. */
    int takeAtLeast(int wanted) {
        for (int level : SkillLevel.from(wanted)) {
            if (counts[level - SkillLevel.MIN] > 0) {
                return take(level);
            }
        }
        for (int level = wanted - 1; level >= SkillLevel.MIN; level--) {
            if (counts[level - SkillLevel.MIN] > 0) {
                return take(level);
            }
        }
        throw new IllegalStateException("no carer levels left");
    }

    /** Takes a remaining level at random, in proportion to what is left (drawing without replacement). */
    int takeAny() {
        int draw = random.nextInt(left());
        for (int level : SkillLevel.all()) {
            draw -= counts[level - SkillLevel.MIN];
            if (draw < 0) {
                return take(level);
            }
        }
        throw new IllegalStateException("no carer levels left");
    }

    private int take(int level) {
        counts[level - SkillLevel.MIN]--;
        return level;
    }

    /**
     * Splits a total into whole counts by shares, giving leftovers to the largest remainders. A
     * published mix rounded to whole percent (5/18/43/24/7/2 sums to 99%) is applied as printed
     * when the leftovers are few (190 carers: 10/34/82/46/14/4), and
     * rescaled to sum to one otherwise, so large totals keep the mix's proportions.
     */
    static int[] largestRemainder(int total, List<Double> shares) {
        int[] counts = split(total, shares, 1.0);
        int assigned = 0;
        for (int count : counts) {
            assigned += count;
        }
        if (total - assigned > shares.size()) {
            counts = split(total, shares, shares.stream().mapToDouble(Double::doubleValue).sum());
        }
        return counts;
    }

    private static int[] split(int total, List<Double> shares, double divisor) {
        int[] counts = new int[shares.size()];
        double[] remainders = new double[shares.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = total * shares.get(i) / divisor;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        for (int round = 0; assigned < total && round < counts.length; round++) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }
}
