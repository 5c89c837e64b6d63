package uk.sufficiency.engine.matching.bench;

import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.engine.synthetic.SingletonsOnly;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Where {@code bench match} gets its instances. Both give, for a number of waiting children and a
 * seed, a "singletons" instance (no sibling groups, no living_with rules: min-cost flow finds its
 * exact optimum) or a "realistic" one (with both: min-cost flow gives only a bound).
 */
public enum InstanceGenerator {

    /**
     * {@link BenchInstances#random}: every child waiting, placements drawn uniformly over one county
     * (the instances behind the figures in docs/BENCHMARKS.md up to 2026).
     */
    RANDOM,

    /**
     * The shared {@link ScenarioGenerator} behind {@code sufficiency generate} (profile
     * {@code england}): an authority with waiting, placed (movable at a cost) and permanent children,
     * carers by town, connected carers, hard cases. The singletons variant is the realistic instance
     * with its sibling groups and living_with rules dropped ({@link SingletonsOnly}), so both
     * families share every draw. {@link #regenerateCommand} gives the {@code generate} command that
     * writes the very same children.csv and placements.csv.
     */
    SCENARIO;

    /** Waiting share for {@link #SCENARIO}: enough waiting children to make matching the question. */
    public static final double DEFAULT_WAITING_SHARE = 0.3;

    /** The word on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InstanceGenerator of(String word) {
        for (InstanceGenerator generator : values()) {
            if (generator.word().equals(word)) {
                return generator;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not random or scenario");
    }

    /**
     * @param waitingChildren children waiting for a placement
     * @param waitingShare    for {@link #SCENARIO}: the share of all children who are waiting (the
     *                        scenario holds about {@code waitingChildren / waitingShare} children);
     *                        ignored by {@link #RANDOM}, where every child is waiting
     * @throws IllegalArgumentException if {@link #SCENARIO}'s total falls outside the generator's
     *                                  50 to 100,000 children
     */
    public Scenario generate(int waitingChildren, long seed, boolean singletonsOnly, double waitingShare) {
        return switch (this) {
            case RANDOM -> BenchInstances.random(waitingChildren, seed, singletonsOnly);
            case SCENARIO -> {
                int total = totalChildren(waitingChildren, waitingShare);
                // Named as `generate` names it, so even scenario.yaml matches what that command writes.
                Scenario realistic = ScenarioGenerator.generate(GenerationProfile.england()
                        .withWaitingShare(waitingShare)
                        .withName("Synthetic scenario, " + total + " children, seed " + seed), total, seed);
                yield singletonsOnly ? SingletonsOnly.of(realistic) : realistic;
            }
        };
    }

    /** Children in a {@link #SCENARIO} instance with this many waiting (the generator rounds to this count). */
    public static int totalChildren(int waitingChildren, double waitingShare) {
        if (!(waitingShare > 0 && waitingShare <= 1)) {
            throw new IllegalArgumentException("waiting share must be above 0 and at most 1, not " + waitingShare);
        }
        long total = Math.round(waitingChildren / waitingShare);
        if (total < ScenarioGenerator.MIN_CHILDREN || total > ScenarioGenerator.MAX_CHILDREN) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d waiting children at a waiting share of %s means %d children in all; the generator makes"
                            + " %d to %d", waitingChildren, waitingShare, total, ScenarioGenerator.MIN_CHILDREN,
                    ScenarioGenerator.MAX_CHILDREN));
        }
        return (int) total;
    }

    /**
     * The {@code sufficiency generate} command that writes the same children.csv and placements.csv,
     * or an empty list for {@link #RANDOM} (which {@code generate} does not offer).
     */
    public List<String> regenerateCommand(int waitingChildren, long seed, boolean singletonsOnly, double waitingShare,
            String outDir) {
        if (this == RANDOM) {
            return List.of();
        }
        String command = String.format(Locale.ROOT, "sufficiency generate --profile england --children %d --seed %d"
                + " --waiting-share %s%s --out %s", totalChildren(waitingChildren, waitingShare), seed,
                Double.toString(waitingShare), singletonsOnly ? " --singletons" : "", outDir);
        return List.of(command);
    }
}
