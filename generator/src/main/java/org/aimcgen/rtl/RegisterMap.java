package org.aimcgen.rtl;

import java.util.Arrays;
import java.util.List;

import org.aimcgen.config.MacroConfig;

/**
 * The host registers on the APB3 port (byte addresses, 32-bit registers). One list, used by
 * the RTL, the generated test bench and the documentation.
 */
public enum RegisterMap {
    CTRL(0x00, "rw", "[0] start (write 1; runs when a vector is staged), [1] gating enable (dual threshold only), "
            + "[2] auto start (a VMM starts when a vector is complete), [3] interrupt enable"),
    STATUS(0x04, "r/w1c", "[0] busy, [1] done (sticky, write 1 to clear), [2] vector ready, [3] results pending"),
    DRIVE_CYCLES(0x08, "rw", "DRIVE phase length, control cycles"),
    MULTIPLY_CYCLES(0x0C, "rw", "MULTIPLY phase length (also the early comparators' auto-zero window)"),
    SHARE_CYCLES(0x10, "rw", "SHARE phase length"),
    CONVERT_CYCLES(0x14, "rw", "CONVERT phase length: must cover the longest time chain"),
    COMBINE_CYCLES(0x18, "rw", "COMBINE phase length"),
    EARLY_MARGIN(0x1C, "rw", "early-comparator threshold margin trim, in half oscillator periods (dual threshold only)"),
    VMM_COUNT(0x20, "rw", "VMMs completed since reset (write to preset)"),
    INDEX(0x24, "rw", "channel (or column, for RESULT) selected by RAW_CODE, RESULT and ZERO_CODE; while a VMM "
            + "converts, the channel whose gating statistics are counted"),
    ACTIVE_CYCLES(0x28, "r", "oscillator cycles the channel INDEX selected during the last VMM converted with its main "
            + "comparator on, saturating at the coarse count's range (dual threshold only)"),
    GATED_CYCLES(0x2C, "r", "the same channel's oscillator cycles with its main comparator gated off (dual threshold only)"),
    RAW_CODE(0x30, "r", "TDC code of the selected channel (coarse x 8 + fine)"),
    RESULT(0x34, "r", "combined result of the selected column, sign-extended"),
    ROWS(0x38, "r", "array.rows"),
    COLS(0x3C, "r", "array.cols"),
    ZERO_CODE(0x40, "rw", "offset calibration: the TDC code the selected channel reads at zero input, with z = "
            + "adc.zeroFractionBits fraction bits: the sum of its RAW_CODE over 2^z calibration VMMs with a zero "
            + "vector (z = 0: one VMM, the code itself); subtracted from the channel's code in every result (the "
            + "combine rounds the fraction bits away after the sum over groups); 0 at reset"),
    RANGE(0x44, "rw", "ADC range (adc.rangeShift > 0 only): the tracked conversions' ramp runs 2^RANGE times "
            + "slower and their codes weigh 2^-RANGE in the result; reset adc.rangeShift, the finest range the "
            + "result's fraction bits hold: writes above it clamp to it and read back clamped"),
    SATURATED(0x48, "r/wc", "results streamed since reset at a limit of the output word (saturated), saturating "
            + "at all ones; any write clears it");

    public static final int ADDRESS_BITS = 8;
    public static final int DATA_BITS = 32;

    public static final int CTRL_START = 0;
    public static final int CTRL_GATING = 1;
    public static final int CTRL_AUTO_START = 2;
    public static final int CTRL_IRQ_ENABLE = 3;
    public static final int STATUS_BUSY = 0;
    public static final int STATUS_DONE = 1;
    public static final int STATUS_VECTOR_READY = 2;
    public static final int STATUS_RESULTS_PENDING = 3;

    private final int address;
    private final String access;
    private final String description;

    RegisterMap(int address, String access, String description) {
        this.address = address;
        this.access = access;
        this.description = description;
    }

    public int address() {
        return address;
    }

    public String access() {
        return access;
    }

    /** The address as two hex digits, for Verilog literals. */
    public String hex() {
        return String.format("%02x", address);
    }

    public String description() {
        return description;
    }

    /** The register table as Markdown (README). */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("| address | register | access | meaning |\n|---|---|---|---|\n");
        for (RegisterMap r : values()) {
            sb.append("| 0x").append(r.hex()).append(" | ").append(r.name()).append(" | ").append(r.access())
                    .append(" | ").append(r.description()).append(" |\n");
        }
        return sb.toString();
    }

    /** The registers of the ADC power gating, with CTRL's gating bit ({@link #hasGating}). */
    public static final List<RegisterMap> GATING = List.of(EARLY_MARGIN, ACTIVE_CYCLES, GATED_CYCLES);

    /**
     * Whether the macro has the power-gating registers ({@link #GATING} and CTRL's gating
     * bit): the one place that decides. Only a macro with the dual-threshold comparators
     * (adc.dualThreshold) has them.
     */
    public static boolean hasGating(MacroConfig cfg) {
        return cfg.dualThreshold();
    }

    /**
     * Whether the macro has the RANGE register: only with range tracking (adc.rangeShift
     * &gt; 0), the one place that decides.
     */
    public static boolean hasRange(MacroConfig cfg) {
        return cfg.tracksReference();
    }

    /** Whether this macro has the register. */
    public boolean presentIn(MacroConfig cfg) {
        if (this == RANGE) {
            return hasRange(cfg);
        }
        return !GATING.contains(this) || hasGating(cfg);
    }

    /** The registers this macro has, in address order: what the RTL decodes and the benches may access. */
    public static List<RegisterMap> present(MacroConfig cfg) {
        return Arrays.stream(values()).filter(r -> r.presentIn(cfg)).toList();
    }

    /** The register's name in the RTL (signal-name prefix). */
    public String signalName() {
        return name().toLowerCase();
    }

    public static List<RegisterMap> phaseLengths() {
        return List.of(DRIVE_CYCLES, MULTIPLY_CYCLES, SHARE_CYCLES, CONVERT_CYCLES, COMBINE_CYCLES);
    }
}
