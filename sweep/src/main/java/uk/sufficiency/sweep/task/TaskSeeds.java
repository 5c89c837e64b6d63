package uk.sufficiency.sweep.task;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeds from names, never from where or when a task runs: SHA-256 of the spec's seed, the council's
 * code, the scenario's name and the block index, cut to the engine's seed range (0 to 2^53-1). So the
 * same spec and seed give the same rows on one core or a cluster, in any partitioning.
 */
public final class TaskSeeds {

    static final long MAX_SEED = (1L << 53) - 1;

    private TaskSeeds() {
    }

    /** The seed of one block of simulations of one council and scenario. */
    public static long block(long specSeed, String council, String scenario, int block) {
        return of(specSeed + "|" + council + "|" + scenario + "|" + block);
    }

    /** The seed the council's synthetic children and carers are generated with (one per council). */
    public static long council(long specSeed, String council) {
        return of(specSeed + "|" + council);
    }

    private static long of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value & MAX_SEED;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
