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
        int adcBits, boolean dualThreshold, int rangeShift, int zeroFractionBits,
        double clockMHz,
        String node, double vdd, double tempC, double unitCapFf,
        double capMismatchPct, double comparatorOffsetMv, double comparatorNoiseMv, boolean noise, int seed) {

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
                signedWeights, inputBitSerial, capGroup, adcBits, dualThreshold, rangeShift, zeroFractionBits, clockMHz,
                node, vdd, tempC, unitCapFf, capMismatchPct, comparatorOffsetMv, comparatorNoiseMv, noise, seed));
    }

    /**
     * Builds from a complete, typed value map (derived keys may be absent); rejects an
     * adc.rangeShift whose conversion window the TDC cannot count.
     */
    public static MacroConfig of(Map<Param, Object> given) {
        Map<Param, Object> v = ConfigChecks.resolve(given);
        return ConfigChecks.requireCountable(new MacroConfig((String) v.get(Param.MACRO_NAME),
                i(v, Param.ROWS), i(v, Param.COLS), i(v, Param.TILE_ROWS), i(v, Param.REFERENCE_COLUMNS),
                i(v, Param.INPUT_BITS), i(v, Param.WEIGHT_BITS), (Boolean) v.get(Param.SIGNED_WEIGHTS),
                (Boolean) v.get(Param.INPUT_BIT_SERIAL), i(v, Param.CAP_GROUP), i(v, Param.ADC_BITS), (Boolean) v.get(Param.DUAL_THRESHOLD),
                i(v, Param.RANGE_SHIFT), i(v, Param.ZERO_FRACTION_BITS),
                d(v, Param.CLOCK_MHZ), (String) v.get(Param.NODE), d(v, Param.VDD), d(v, Param.TEMP_C),
                d(v, Param.UNIT_CAP_FF), d(v, Param.CAP_MISMATCH_PCT), d(v, Param.COMPARATOR_OFFSET_MV),
                d(v, Param.COMPARATOR_NOISE_MV),
                (Boolean) v.get(Param.NOISE), i(v, Param.SEED)));
    }

    /** Every key with its value, in declaration order: for manifests and headers. */
    public Map<Param, Object> values() {
        return toMap(name, rows, cols, tileRows, referenceColumns, inputBits, weightBits, signedWeights, inputBitSerial,
                capGroup, adcBits, dualThreshold, rangeShift, zeroFractionBits, clockMHz, node, vdd, tempC, unitCapFf,
                capMismatchPct,
                comparatorOffsetMv, comparatorNoiseMv, noise, seed);
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

    // ---- offset calibration (adc.zeroFractionBits; docs/ARCHITECTURE.md, "Offset calibration") ---

    /** Zero-vector VMMs of one offset calibration: 2^zeroFractionBits, whose codes the host sums. */
    public int calibrationVmms() {
        return 1 << zeroFractionBits;
    }

    /** Width of a zero code (register ZERO_CODE): the sum of calibrationVmms TDC codes. */
    public int zeroCodeBits() {
        return tdcCodeBits() + zeroFractionBits;
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
     * Whether the columns' comparators track the reference column (adc.rangeShift k &gt; 0):
     * then every group of every column but the reference converts 2^k times its deviation
     * from its share of the reference column's voltage, not its whole charge.
     */
    public boolean tracksReference() {
        return rangeShift > 0;
    }

    /**
     * Fraction bits of a column result: a tracked code of group g weighs 2^(g x capGroup - k)
     * output LSB, so group 0's needs k fraction bits.
     */
    public int outputFractionBits() {
        return rangeShift;
    }

    /** Largest value of the RANGE register: the combine's shift of group 0's code cannot go negative. */
    public int rangeShiftMax() {
        return outputFractionBits();
    }

    /**
     * What the reference column stores: the zero point; with range tracking, half of every
     * group's span (2^(capGroup-1) in each group), so that every group's threshold is a
     * share of it near the centre of uniform random data.
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
     * Group g's tracked threshold as a share of the reference column's voltage of that group,
     * numerator over {@link #trackingDenominator} = 2^weightBits. The thresholds c_g (in group
     * units; the reference stores 2^(G-1) in each group) must sum, weighted 2^(gG), to the
     * zero point 2^(W-1), so that the groups' deviations sum to the signed weight: every group
     * below the top one sits at the centre of its span, c = (2^G - 1) / 2, and the top group
     * takes the rest, c_T = (2^(W-1) - (2^(TG) - 1) / 2) / 2^(TG). As shares of 2^(G-1):
     * 2^(W-G) (2^G - 1) and 2^W - 2^(TG) + 1 over 2^W (15/16 and 241/256 with two 4-bit
     * groups; 1 with one group).
     */
    public long trackingNumerator(int group) {
        int top = groups() - 1;
        if (group < top) {
            return (1L << (weightBits - capGroup)) * groupMax();
        }
        return (1L << weightBits) - (1L << (top * capGroup)) + 1;
    }

    public long trackingDenominator() {
        return 1L << weightBits;
    }

    public double trackingRatio(int group) {
        return (double) trackingNumerator(group) / trackingDenominator();
    }

    /**
     * Where a tracked chain ends at zero deviation, in TDC steps: every tile holds its
     * converter's delay plus 2^k times its span of uniform random data ({@link TrackedRange}),
     * rounded up to half way between two steps. Below it a tile would clip at zero time.
     */
    public double trackedZeroSteps() {
        return Math.ceil(tiles() * (VTC_DELAY_STEPS + (1 << rangeShift) * TrackedRange.tileSpan(this))) + 0.5;
    }

    /**
     * TDC steps a conversion must wait for: the longest full-range chain, and with range
     * tracking the zero level plus 2^k times the chain's span of uniform random data.
     */
    public int conversionSteps() {
        if (rangeShift == 0) {
            return maxChainSteps();
        }
        double tracked = trackedZeroSteps() + (1 << rangeShift) * TrackedRange.chainSpan(this);
        return Math.max(maxChainSteps(), (int) Math.ceil(tracked));
    }

    /** TDC steps the coarse counter counts before it saturates. */
    public int countableSteps() {
        return ((1 << coarseBits()) - 1) * FINE_STEPS;
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
        double nominalNs = conversionSteps() * tdcStepPs() / 1000.0;
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
        int settle = settleCycles();
        return new int[] {settle, settle, settle, defaultConvertCycles(), 1};
    }

    /**
     * Control cycles of each analog phase (DRIVE, MULTIPLY, SHARE): the node's settling
     * time of a tile's group line (Technology.settleNs), at least one cycle. COMBINE takes
     * one cycle: the combine reads the TDC state that CONVERT left quasi-static.
     */
    public int settleCycles() {
        return Math.max(1, (int) Math.ceil(technology().settleNs() / clockPeriodNs() - 1e-9));
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
            boolean dualThreshold, int rangeShift, int zeroFractionBits, double clockMHz, String node, double vdd,
            double tempC, double unitCapFf, double capMismatchPct, double comparatorOffsetMv, double comparatorNoiseMv,
            boolean noise, int seed) {
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
        m.put(Param.ZERO_FRACTION_BITS, zeroFractionBits);
        m.put(Param.CLOCK_MHZ, clockMHz);
        m.put(Param.NODE, node);
        m.put(Param.VDD, vdd);
        m.put(Param.TEMP_C, tempC);
        m.put(Param.UNIT_CAP_FF, unitCapFf);
        m.put(Param.CAP_MISMATCH_PCT, capMismatchPct);
        m.put(Param.COMPARATOR_OFFSET_MV, comparatorOffsetMv);
        m.put(Param.COMPARATOR_NOISE_MV, comparatorNoiseMv);
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
