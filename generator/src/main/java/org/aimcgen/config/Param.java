package org.aimcgen.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key, with its type, range, default and unit: the one place these
 * live. The README's parameter table is generated from this list (and a test keeps it so).
 * A null default means "derived from other keys" (see {@link ConfigChecks#derive}).
 */
public enum Param {
    MACRO_NAME("macro.name", Kind.NAME, null, 0, 0, "",
            "module-name prefix and output folder name; derived (also when given as the word derived): "
                    + "aimc_r{rows}_c{cols}_i{inputBits}w{weightBits}g{capGroup}"),
    ROWS("array.rows", Kind.INT, 1024, 2, 8192, "", "input channels (word lines)"),
    COLS("array.cols", Kind.INT, 256, 1, 4096, "", "output channels (columns)"),
    TILE_ROWS("array.tileRows", Kind.INT, null, 1, 8192, "",
            "rows per tile (one local capacitor line); divides rows; derived: largest divisor of rows <= 128"),
    REFERENCE_COLUMNS("array.referenceColumns", Kind.INT, null, 1, 64, "",
            "unit columns in parallel that make the reference column (its sharing-capacitor mismatch divided by "
                    + "sqrt of it; area W/(cols+1) of the array); derived: 16 with an ADC range (adc.rangeShift > 0), "
                    + "else 1"),
    INPUT_BITS("precision.inputBits", Kind.INT, 8, 1, 8, "bit", "input (activation) width"),
    WEIGHT_BITS("precision.weightBits", Kind.INT, 8, 1, 8, "bit", "weight width"),
    SIGNED_WEIGHTS("precision.signedWeights", Kind.BOOL, true, 0, 0, "",
            "two's-complement weights (stored offset-binary, corrected digitally)"),
    INPUT_BIT_SERIAL("precision.inputBitSerial", Kind.BOOL, false, 0, 0, "",
            "drive one input bit-plane at a time (DRIVE, MULTIPLY, SHARE repeated per plane)"),
    CAP_GROUP("precision.capGroup", Kind.INT, null, 1, 8, "bit",
            "weight bits per charge-sharing group; divides weightBits; derived: largest divisor <= 4"),
    ADC_BITS("adc.bits", Kind.INT, 8, 4, 12, "bit", "main time-domain ADC resolution"),
    DUAL_THRESHOLD("adc.dualThreshold", Kind.BOOL, true, 0, 0, "",
            "power-gate the main comparator path behind an early low-power comparator"),
    RANGE_SHIFT("adc.rangeShift", Kind.INT, null, 0, 6, "",
            "ADC range for the data (signed weights): k > 0 makes every group's comparators track the reference "
                    + "column and their ramp 2^k times slower (register RANGE); 0: the full charge range; derived: the "
                    + "largest k whose window holds uniform random data and lengthens a VMM by at most 25 %"),
    ZERO_FRACTION_BITS("adc.zeroFractionBits", Kind.INT, null, 0, 6, "bit",
            "offset calibration averaged over 2^z zero-vector VMMs: ZERO_CODE holds the sum of 2^z RAW_CODE "
                    + "readings (a zero code with z fraction bits) and the combine rounds them away; "
                    + "derived: 4 with an ADC range (adc.rangeShift > 0), else 0"),
    CLOCK_MHZ("timing.clockMHz", Kind.REAL, 500.0, 1, 2000, "MHz", "control clock frequency"),
    NODE("technology.node", Kind.CHOICE, "28nm", 0, 0, "",
            "process node (sets the technology figures of the models)"),
    VDD("technology.vdd", Kind.REAL, 0.9, 0.5, 2.0, "V", "supply voltage"),
    TEMP_C("technology.tempC", Kind.REAL, 27.0, -55, 150, "degC", "junction temperature"),
    UNIT_CAP_FF("technology.unitCapFf", Kind.REAL, 1.0, 0.1, 50, "fF", "unit (MOM) capacitor"),
    CAP_MISMATCH_PCT("nonideal.capMismatchPct", Kind.REAL, 0.2, 0, 5, "%",
            "sigma of unit-capacitor mismatch"),
    COMPARATOR_OFFSET_MV("nonideal.comparatorOffsetMv", Kind.REAL, 2.0, 0, 50, "mV",
            "sigma of comparator offset (after auto-zero for the early comparator)"),
    COMPARATOR_NOISE_MV("nonideal.comparatorNoiseMv", Kind.REAL, 0.3, 0, 10, "mV",
            "sigma of a comparator decision's input-referred noise (with nonideal.noise)"),
    NOISE("nonideal.noise", Kind.BOOL, true, 0, 0, "", "kT/C and comparator noise"),
    SEED("nonideal.seed", Kind.INT, 1, 0, Integer.MAX_VALUE, "", "Monte Carlo seed (mismatch and noise)");

    /** Value kinds, each with its own parser and message. */
    public enum Kind { INT, REAL, BOOL, CHOICE, NAME }

    /** Supported process nodes. */
    public static final class Nodes {
        public static final List<String> NAMES = List.of("22nm", "28nm", "40nm", "65nm", "90nm", "130nm", "180nm");

        private Nodes() {
        }
    }

    private final String key;
    private final Kind kind;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final String unit;
    private final String description;

    Param(String key, Kind kind, Object defaultValue, double min, double max, String unit, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** Empty when the default is derived from other keys. */
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /** The allowed values in words, as error messages and the README show them. */
    public String allowed() {
        return switch (kind) {
            case INT -> "an integer in " + (long) min + ".." + (long) max;
            case REAL -> "a number in " + fmt(min) + ".." + fmt(max) + (unit.isEmpty() ? "" : " " + unit);
            case BOOL -> "true or false";
            case CHOICE -> "one of " + String.join(", ", Nodes.NAMES);
            case NAME -> "a Verilog identifier: a letter, then letters, digits or _ (at most 64)";
        };
    }

    public static Optional<Param> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The closest known key, for "did you mean" hints on typos. */
    public static Optional<String> closest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Param p : values()) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), p.key.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = p.key;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 4) ? Optional.of(best) : Optional.empty();
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
