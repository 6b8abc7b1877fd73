package org.aimcgen.config;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resolved configuration of one macro: every key of {@link Param}, checked, with the
 * derived values the blocks share. Build it with {@link ConfigLoader} (YAML and --set) or
 * {@link #of(Map)}; the canonical constructor re-runs every check, so no invalid
 * configuration object can exist.
 */
public record MacroConfig(
        String name,
        int rows, int cols, int tileRows, int referenceColumns,
        int inputBits, int weightBits, boolean signedWeights, boolean inputBitSerial, int capGroup,
        int adcBits, boolean dualThreshold, int rangeShift,
        double clockMHz,
        String node, double vdd, double tempC, double unitCapFf,
        double capMismatchPct, double comparatorOffsetMv, boolean noise, int seed) {

    /**
     * The timed phases of a VMM, in order; IDLE precedes them. A fact of the architecture
     * (docs/ARCHITECTURE.md), shared here by the sequencer RTL and its golden model, so
     * that the model does not read it from the design it checks.
     */
    public static final java.util.List<String> VMM_PHASES = java.util.List.of("DRIVE", "MULTIPLY", "SHARE",
            "CONVERT", "COMBINE");

    /**
     * Reset value of the EARLY_MARGIN register: four oscillator periods, one more than the
     * gate latency. Shared by the register map and the golden models.
     */
    public static final int EARLY_MARGIN_RESET = 8;

    /** Width of every programmable phase-length register, in control-clock cycles. */
    public static final int PHASE_LENGTH_BITS = 16;

    public MacroConfig {
        ConfigChecks.requireValid(toMap(name, rows, cols, tileRows, referenceColumns, inputBits, weightBits,
                signedWeights, inputBitSerial, capGroup, adcBits, dualThreshold, rangeShift, clockMHz, node, vdd, tempC,
                unitCapFf, capMismatchPct, comparatorOffsetMv, noise, seed));
    }

    /** Builds from a complete, typed value map (derived keys may be absent). */
    public static MacroConfig of(Map<Param, Object> given) {
        Map<Param, Object> v = ConfigChecks.resolve(given);
        return new MacroConfig((String) v.get(Param.MACRO_NAME),
                i(v, Param.ROWS), i(v, Param.COLS), i(v, Param.TILE_ROWS), i(v, Param.REFERENCE_COLUMNS),
                i(v, Param.INPUT_BITS), i(v, Param.WEIGHT_BITS), (Boolean) v.get(Param.SIGNED_WEIGHTS),
                (Boolean) v.get(Param.INPUT_BIT_SERIAL), i(v, Param.CAP_GROUP), i(v, Param.ADC_BITS), (Boolean) v.get(Param.DUAL_THRESHOLD),
                i(v, Param.RANGE_SHIFT),
                d(v, Param.CLOCK_MHZ), (String) v.get(Param.NODE), d(v, Param.VDD), d(v, Param.TEMP_C),
                d(v, Param.UNIT_CAP_FF), d(v, Param.CAP_MISMATCH_PCT), d(v, Param.COMPARATOR_OFFSET_MV),
                (Boolean) v.get(Param.NOISE), i(v, Param.SEED));
    }

    /** Every key with its value, in declaration order: for manifests and headers. */
    public Map<Param, Object> values() {
        return toMap(name, rows, cols, tileRows, referenceColumns, inputBits, weightBits, signedWeights, inputBitSerial,
                capGroup, adcBits, dualThreshold, rangeShift, clockMHz, node, vdd, tempC, unitCapFf, capMismatchPct,
                comparatorOffsetMv, noise, seed);
    }

    /** Dotted key to value, as the YAML would spell it. */
    public Map<String, Object> byKey() {
        Map<String, Object> out = new LinkedHashMap<>();
        values().forEach((p, val) -> out.put(p.key(), val));
        return out;
    }

    // ---- derived values -------------------------------------------------------------

    /** Input bit-planes driven one after the other: inputBits when bit-serial, else 1. */
    public int inputPlanes() {
        return inputBitSerial ? inputBits : 1;
    }

    /** Tiles stacked along the rows; their pulses are chained in time. */
    public int tiles() {
        return rows / tileRows;
    }

    /** Charge-sharing groups per weight. */
    public int groups() {
        return weightBits / capGroup;
    }

    public int inputMax() {
        return (1 << inputBits) - 1;
    }

    /** Largest value of one capacitor group's bits (binary-weighted charge sharing). */
    public int groupMax() {
        return (1 << capGroup) - 1;
    }

    /** Module name of one block of this macro, e.g. aimc_r64_c8_i4w4g2_sequencer. */
    public String moduleName(String block) {
        return name + "_" + block;
    }

    // ---- time-domain ADC and digital datapath ------------------------------------------

    /** Phase taps of the ring oscillator (a 4-stage differential ring, as in PICO-RAM). */
    public static final int RO_TAPS = 4;
    /** Fine TDC steps per oscillator period: each tap and its complement. */
    public static final int FINE_STEPS = 2 * RO_TAPS;
    public static final int FINE_BITS = 3;
    /**
     * Intrinsic delay of one tile's voltage-to-time converter, in TDC steps: the design
     * target the reference column cancels (docs/ANALOG_MODELS.md, "Charge domain").
     */
    public static final int VTC_DELAY_STEPS_PER_TILE = 2;
    /**
     * The converter's delay per tile as the analog models have it, in TDC steps: about the
     * design target, and deliberately not a whole number, so a chain of zero-input tiles
     * never ends exactly on an oscillator transition (where a simulator's event order, not
     * the model, would pick the code).
     */
    public static final double VTC_DELAY_STEPS = VTC_DELAY_STEPS_PER_TILE * Math.sqrt(1.1);
    /** Oscillator cycles the main comparator is kept on after the chain starts (see AdcGateCtrl). */
    public static final int GATE_LEAD_CYCLES = 4;

    /** TDC channels: every column, plus the reference column, times the capacitor groups. */
    public int channels() {
        return (cols + 1) * groups();
    }

    /**
     * Channel of column col (cols = the reference column) and group g: group-major, so
     * each group's channels are one contiguous slice of every channel bus.
     */
    public int channel(int col, int group) {
        return group * (cols + 1) + col;
    }

    /**
     * Unit columns in parallel in column col: array.referenceColumns for the reference column
     * (col = cols), whose sharing capacitors are that many times one column's, else 1.
     */
    public int unitColumns(int col) {
        return col == cols ? referenceColumns : 1;
    }

    /** Codes of the main ADC at nominal full scale. */
    public int adcFullScale() {
        return (1 << adcBits) - 1;
    }

    /** One bit of headroom above full scale for the reference offset and overshoot. */
    public int tdcCodeBits() {
        return adcBits + 1;
    }

    public int coarseBits() {
        return tdcCodeBits() - FINE_BITS;
    }

    /**
     * Width of the gating statistics (active and gated oscillator cycles of the channel
     * INDEX selects), saturating: the coarse count's, since a conversion in range lasts
     * fewer oscillator cycles than the coarse count can hold.
     */
    public int gateCounterBits() {
        return coarseBits();
    }

    // ---- the ADC range for the data (adc.rangeShift; docs/ARCHITECTURE.md, "ADC range") ---

    /**
     * The group whose comparators track the reference column: the one holding the
     * offset-binary pedestal (the most significant), or -1 without range tracking.
     */
    public int trackedGroup() {
        return rangeShift > 0 ? groups() - 1 : -1;
    }

    /**
     * Fraction bits of a column result: a tracked code weighs 2^(trackedGroup x capGroup - k)
     * output LSB, which needs fraction bits when k exceeds that shift.
     */
    public int outputFractionBits() {
        return rangeShift > 0 ? Math.max(0, rangeShift - trackedGroup() * capGroup) : 0;
    }

    /** Largest value of the RANGE register: the combine's shift of a tracked code cannot go negative. */
    public int rangeShiftMax() {
        return trackedGroup() * capGroup + outputFractionBits();
    }

    /**
     * What the reference column stores: the zero point; with range tracking, half of every
     * group's span (2^(capGroup-1) in each group), so that every group's difference is
     * centred on uniform random data.
     */
    public int referenceWord() {
        if (rangeShift == 0) {
            return weightZeroPoint();
        }
        int w = 0;
        for (int g = 0; g < groups(); g++) {
            w |= (1 << (capGroup - 1)) << (g * capGroup);
        }
        return w;
    }

    /**
     * The tracked threshold's share of the reference column's voltage, numerator over
     * {@link #trackingDenominator}: the reference stores 2^(capGroup-1) in the tracked group,
     * and the lower groups' half spans must come off it so that the sum over groups is the
     * signed weight: alpha = (2^(gG) - (2^(gG) - 1) / (2^G - 1)) / 2^(gG), g the tracked group.
     * 15/16 with two 4-bit groups; 1 with one group.
     */
    public long trackingNumerator() {
        long den = trackingDenominator();
        return den - (den - 1) / groupMax();
    }

    public long trackingDenominator() {
        return 1L << (Math.max(0, trackedGroup()) * capGroup);
    }

    public double trackingRatio() {
        return (double) trackingNumerator() / trackingDenominator();
    }

    /**
     * Where a tracked channel's chain ends at zero deviation, in TDC steps: three quarters of
     * the longest chain (the conversion window is not lengthened), half way between steps.
     * Below it a tile clips at zero time, above it the window ends: the derived range shift
     * keeps uniform random data inside both.
     */
    public double trackedZeroSteps() {
        return Math.floor(0.75 * maxChainSteps()) + 0.5;
    }

    /** The stored weight that means zero: offset-binary for signed weights. */
    public int weightZeroPoint() {
        return signedWeights ? 1 << (weightBits - 1) : 0;
    }

    /** Width of a combined column result (signed), enough for the nominal range. */
    public int outputBits() {
        long weightSpan = signedWeights ? 1L << (weightBits - 1) : (1L << weightBits) - 1;
        long maxNominal = (adcFullScale() * weightSpan + groupMax() - 1) / groupMax();
        return 1 + (64 - Long.numberOfLeadingZeros(maxNominal)) + outputFractionBits();
    }

    /** Inputs carried by one activation-stream word: the largest divisor of tileRows up to 16. */
    public int actWordRows() {
        return ConfigChecks.largestDivisorAtMost(tileRows, 16);
    }

    /** Columns carried by one weight-port word: the largest divisor of cols up to 16. */
    public int weightWordCols() {
        return ConfigChecks.largestDivisorAtMost(cols, 16);
    }

    public int weightWords() {
        return cols / weightWordCols();
    }

    public Technology technology() {
        return Technology.of(node);
    }

    /** One TDC step (fine resolution), ps. */
    public double tdcStepPs() {
        return technology().roPeriodPs() / FINE_STEPS;
    }

    /** Longest nominal chain, in TDC steps: full scale plus every tile's converter delay. */
    public int maxChainSteps() {
        return adcFullScale() + tiles() * VTC_DELAY_STEPS_PER_TILE + 1;
    }

    /**
     * Default CONVERT phase: the longest chain, plus the oscillator cycles of the pulse
     * synchronizers and counter, plus two control cycles for the start synchronizer, with
     * a quarter of margin. The chain is taken at nominal PVT (the digital stand-in) and at
     * the configured supply and temperature, where the ramp and the oscillator are slower
     * or faster together: the longer wins. At other corners the host reprograms
     * CONVERT_CYCLES.
     */
    public int defaultConvertCycles() {
        Technology t = technology();
        double nominalNs = maxChainSteps() * tdcStepPs() / 1000.0;
        // At the operating point the code gain stays near nominal (ratio-metric) while the
        // step stretches with the oscillator; the ramp mirror's residue adds the rest.
        double stretch = (t.roPeriodNs(vdd, tempC) * 1000.0 / t.roPeriodPs())
                * Math.max(1.0, t.driveStrength(vdd, tempC, Technology.ALPHA_RO)
                        / t.rampSlopeFactor(vdd, tempC));
        double chainNs = nominalNs * Math.max(1.0, stretch) * 1.25
                + 6 * Math.max(t.roPeriodPs() / 1000.0, t.roPeriodNs(vdd, tempC));
        return (int) Math.ceil(chainNs / clockPeriodNs()) + 2;
    }

    /** Reset values of the phase-length registers: DRIVE, MULTIPLY, SHARE, CONVERT, COMBINE. */
    public int[] defaultPhaseCycles() {
        return new int[] {2, 2, 2, defaultConvertCycles(), 2};
    }

    /** Bits to address n things (at least 1). */
    public static int bitsFor(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    }

    /** The clock period, ns. */
    public double clockPeriodNs() {
        return 1000.0 / clockMHz;
    }

    private static Map<Param, Object> toMap(String name, int rows, int cols, int tileRows, int referenceColumns,
            int inputBits, int weightBits, boolean signedWeights, boolean inputBitSerial, int capGroup, int adcBits,
            boolean dualThreshold, int rangeShift, double clockMHz, String node, double vdd, double tempC,
            double unitCapFf, double capMismatchPct, double comparatorOffsetMv, boolean noise, int seed) {
        Map<Param, Object> m = new EnumMap<>(Param.class);
        m.put(Param.MACRO_NAME, name);
        m.put(Param.ROWS, rows);
        m.put(Param.COLS, cols);
        m.put(Param.TILE_ROWS, tileRows);
        m.put(Param.REFERENCE_COLUMNS, referenceColumns);
        m.put(Param.INPUT_BITS, inputBits);
        m.put(Param.WEIGHT_BITS, weightBits);
        m.put(Param.SIGNED_WEIGHTS, signedWeights);
        m.put(Param.INPUT_BIT_SERIAL, inputBitSerial);
        m.put(Param.CAP_GROUP, capGroup);
        m.put(Param.ADC_BITS, adcBits);
        m.put(Param.DUAL_THRESHOLD, dualThreshold);
        m.put(Param.RANGE_SHIFT, rangeShift);
        m.put(Param.CLOCK_MHZ, clockMHz);
        m.put(Param.NODE, node);
        m.put(Param.VDD, vdd);
        m.put(Param.TEMP_C, tempC);
        m.put(Param.UNIT_CAP_FF, unitCapFf);
        m.put(Param.CAP_MISMATCH_PCT, capMismatchPct);
        m.put(Param.COMPARATOR_OFFSET_MV, comparatorOffsetMv);
        m.put(Param.NOISE, noise);
        m.put(Param.SEED, seed);
        return m;
    }

    private static int i(Map<Param, Object> v, Param p) {
        return ((Number) v.get(p)).intValue();
    }

    private static double d(Map<Param, Object> v, Param p) {
        return ((Number) v.get(p)).doubleValue();
    }
}
