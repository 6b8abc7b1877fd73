package org.aimcgen.emit;

import org.aimcgen.model.Rng;

/**
 * What templates/common/rng.vm needs of model/Rng.java: the stream numbers and the hash
 * multipliers split into 16-bit limbs (the limb arithmetic of the Verilog-A rendering).
 */
public final class RngView {
    public static final RngView INSTANCE = new RngView();
    private static final int LIMB_BITS = 16;
    private static final int LIMB_MASK = (1 << LIMB_BITS) - 1;

    private RngView() {
    }

    public int dacMismatch() {
        return Rng.DAC_MISMATCH;
    }

    public int shareMismatch() {
        return Rng.SHARE_MISMATCH;
    }

    public int comparatorOffset() {
        return Rng.COMPARATOR_OFFSET;
    }

    public int earlyResidue() {
        return Rng.EARLY_RESIDUE;
    }

    public int comparatorNoise() {
        return Rng.COMPARATOR_NOISE;
    }

    public int multiplier1Hi() {
        return Rng.MIX_MULTIPLIER_1 >>> LIMB_BITS;
    }

    public int multiplier1Lo() {
        return Rng.MIX_MULTIPLIER_1 & LIMB_MASK;
    }

    public int multiplier2Hi() {
        return Rng.MIX_MULTIPLIER_2 >>> LIMB_BITS;
    }

    public int multiplier2Lo() {
        return Rng.MIX_MULTIPLIER_2 & LIMB_MASK;
    }

    public String multiplier1Hex() {
        return String.format("0x%08x", Rng.MIX_MULTIPLIER_1);
    }

    public String multiplier2Hex() {
        return String.format("0x%08x", Rng.MIX_MULTIPLIER_2);
    }

    /** The double nearest pi, printed so it parses back to Math.PI. */
    public String pi() {
        return Double.toString(Math.PI);
    }
}
