package org.aimcgen.model;

/**
 * Counter-based random numbers: a value is a pure function of (seed, stream, indices), so
 * the Java model and the Verilog models (aimc_functions.vh, the same integer hash and
 * Box-Muller transform) draw the same number for the same element, in any order, in any
 * simulator. The hash is "lowbias32" (C. Wellons), 32-bit unsigned arithmetic throughout.
 */
public final class Rng {
    /** Streams: one per kind of non-ideality, so adding one does not shift the others. */
    public static final int DAC_MISMATCH = 1;
    public static final int SHARE_MISMATCH = 2;
    public static final int COMPARATOR_OFFSET = 3;
    public static final int EARLY_RESIDUE = 4;
    public static final int KTC_NOISE = 5;
    public static final int COMPARATOR_NOISE = 6;

    /** The two multipliers of lowbias32 (the templates split them into 16-bit limbs). */
    public static final int MIX_MULTIPLIER_1 = 0x7feb352d;
    public static final int MIX_MULTIPLIER_2 = 0x846ca68b;

    private Rng() {
    }

    public static int mix(int x) {
        x ^= x >>> 16;
        x *= MIX_MULTIPLIER_1;
        x ^= x >>> 15;
        x *= MIX_MULTIPLIER_2;
        x ^= x >>> 16;
        return x;
    }

    public static int hash(int seed, int stream, int a, int b, int c, int half) {
        return mix(seed ^ mix(stream ^ mix(a ^ mix(b ^ mix(c ^ mix(half))))));
    }

    /** Uniform in (0, 1) from the top 24 bits. */
    static double uniform(int h) {
        return ((h >>> 8) + 0.5) / 16777216.0;
    }

    /** A standard normal number for element (a, b, c) of a stream. */
    public static double normal(int seed, int stream, int a, int b, int c) {
        double u1 = uniform(hash(seed, stream, a, b, c, 0));
        double u2 = uniform(hash(seed, stream, a, b, c, 1));
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
