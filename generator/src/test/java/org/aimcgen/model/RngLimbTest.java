package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The limb algorithm of templates/common/rng.vm, written in Java with the same operations
 * (32-bit signed shifts, masks and xors; products in doubles with floor), against
 * {@link Rng#mix}: the algorithm itself is exact, before any simulator renders it.
 */
class RngLimbTest {
    private static final double LIMB = 65536.0;
    private static final int MASK = 0xffff;

    /** (x * k) mod 2^32 on 16-bit limbs, as aimc_rng_mul. */
    static int mul(int x, int kHi, int kLo) {
        double xHi = (x >> 16) & MASK;
        double xLo = x & MASK;
        double low = xLo * kLo;
        double high = Math.floor(low / LIMB) + xHi * kLo + xLo * kHi;
        int outLo = (int) (low - LIMB * Math.floor(low / LIMB));
        int outHi = (int) (high - LIMB * Math.floor(high / LIMB));
        return (outHi << 16) | outLo;
    }

    /** lowbias32 as aimc_rng_mix: arithmetic right shifts, masked. */
    static int mix(int x) {
        int y = x ^ ((x >> 16) & MASK);
        y = mul(y, Rng.MIX_MULTIPLIER_1 >>> 16, Rng.MIX_MULTIPLIER_1 & MASK);
        y = y ^ ((y >> 15) & (2 * MASK + 1));
        y = mul(y, Rng.MIX_MULTIPLIER_2 >>> 16, Rng.MIX_MULTIPLIER_2 & MASK);
        return y ^ ((y >> 16) & MASK);
    }

    @Test
    void limbMixEqualsRngMixOnEdgesAndAMillionWords() {
        int[] edges = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xffff, 0x10000, 0xffff0000, 0x8000, 0x7fff8000};
        for (int x : edges) {
            assertEquals(Rng.mix(x), mix(x), "mix(" + Integer.toHexString(x) + ")");
        }
        int x = 12345;
        for (int i = 0; i < 1_000_000; i++) {
            x = Rng.mix(x + i);
            assertEquals(Rng.mix(x), mix(x), "mix(" + Integer.toHexString(x) + ")");
        }
    }

    @Test
    void limbUniformEqualsRngUniform() {
        for (int i = 0; i < 100_000; i++) {
            int h = Rng.hash(1, 2, i, 3, 4, 0);
            double limbs = (((h >> 16) & MASK) * 256.0 + ((h & MASK) >> 8) + 0.5) / 16777216.0;
            assertEquals(Rng.uniform(h), limbs, 0.0);
        }
    }
}
