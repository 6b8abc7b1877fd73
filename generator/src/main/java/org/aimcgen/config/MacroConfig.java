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
        int rows, int cols, int tileRows,
        int inputBits, int weightBits, boolean signedWeights, int capGroup,
        int adcBits, boolean dualThreshold,
        double clockMHz,
        String node, double vdd, double tempC, double unitCapFf,
        double capMismatchPct, double comparatorOffsetMv, boolean noise, int seed) {

    /** Width of every programmable phase-length register, in control-clock cycles. */
    public static final int PHASE_LENGTH_BITS = 16;

    public MacroConfig {
        ConfigChecks.requireValid(toMap(name, rows, cols, tileRows, inputBits, weightBits, signedWeights,
                capGroup, adcBits, dualThreshold, clockMHz, node, vdd, tempC, unitCapFf, capMismatchPct,
                comparatorOffsetMv, noise, seed));
    }

    /** Builds from a complete, typed value map (derived keys may be absent). */
    public static MacroConfig of(Map<Param, Object> given) {
        Map<Param, Object> v = ConfigChecks.resolve(given);
        return new MacroConfig((String) v.get(Param.MACRO_NAME),
                i(v, Param.ROWS), i(v, Param.COLS), i(v, Param.TILE_ROWS),
                i(v, Param.INPUT_BITS), i(v, Param.WEIGHT_BITS), (Boolean) v.get(Param.SIGNED_WEIGHTS),
                i(v, Param.CAP_GROUP), i(v, Param.ADC_BITS), (Boolean) v.get(Param.DUAL_THRESHOLD),
                d(v, Param.CLOCK_MHZ), (String) v.get(Param.NODE), d(v, Param.VDD), d(v, Param.TEMP_C),
                d(v, Param.UNIT_CAP_FF), d(v, Param.CAP_MISMATCH_PCT), d(v, Param.COMPARATOR_OFFSET_MV),
                (Boolean) v.get(Param.NOISE), i(v, Param.SEED));
    }

    /** Every key with its value, in declaration order: for manifests and headers. */
    public Map<Param, Object> values() {
        return toMap(name, rows, cols, tileRows, inputBits, weightBits, signedWeights, capGroup, adcBits,
                dualThreshold, clockMHz, node, vdd, tempC, unitCapFf, capMismatchPct, comparatorOffsetMv,
                noise, seed);
    }

    /** Dotted key to value, as the YAML would spell it. */
    public Map<String, Object> byKey() {
        Map<String, Object> out = new LinkedHashMap<>();
        values().forEach((p, val) -> out.put(p.key(), val));
        return out;
    }

    // ---- derived values -------------------------------------------------------------

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

    /** The clock period, ns. */
    public double clockPeriodNs() {
        return 1000.0 / clockMHz;
    }

    private static Map<Param, Object> toMap(String name, int rows, int cols, int tileRows, int inputBits,
            int weightBits, boolean signedWeights, int capGroup, int adcBits, boolean dualThreshold,
            double clockMHz, String node, double vdd, double tempC, double unitCapFf, double capMismatchPct,
            double comparatorOffsetMv, boolean noise, int seed) {
        Map<Param, Object> m = new EnumMap<>(Param.class);
        m.put(Param.MACRO_NAME, name);
        m.put(Param.ROWS, rows);
        m.put(Param.COLS, cols);
        m.put(Param.TILE_ROWS, tileRows);
        m.put(Param.INPUT_BITS, inputBits);
        m.put(Param.WEIGHT_BITS, weightBits);
        m.put(Param.SIGNED_WEIGHTS, signedWeights);
        m.put(Param.CAP_GROUP, capGroup);
        m.put(Param.ADC_BITS, adcBits);
        m.put(Param.DUAL_THRESHOLD, dualThreshold);
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
