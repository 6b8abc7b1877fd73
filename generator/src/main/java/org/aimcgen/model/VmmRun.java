package org.aimcgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.aimcgen.config.MacroConfig;

/**
 * A run of real VMMs for tb_vmm, the end-to-end bench: random weights and input vectors,
 * the register settings a host would use (gating on, reset margin, the CONVERT length for
 * the macro's supply and temperature; without dual threshold only the CONVERT length), what the RTL around the real-number analog array
 * must report ({@link AnalogMacroModel}) and the ideal integer VMM the error is measured
 * against.
 *
 * <p>The host first calibrates the offsets: 2^z VMMs of a zero vector (z =
 * adc.zeroFractionBits), after each of which it reads every channel's TDC code; each
 * channel's sum is its zero code (register ZERO_CODE, a code with z fraction bits: the
 * comparator noise dithers the offsets' sub-code part, which the average then resolves).
 * The run's VMMs follow. Noise is drawn per conversion: the calibration VMMs are
 * conversions 0 to 2^z - 1, run VMM n is conversion 2^z + n (the analog array counts its
 * conversions, so a bench that runs the same VMMs in the same order draws the same noise).
 * The first run VMM is a zero vector again, the rest random.
 *
 * <p>The stimulus has its own seed, so Monte Carlo runs (other nonideal.seed) and PVT
 * corners see the same weights and vectors and differ only in the analog array.
 *
 * <p>Error: a column result y counts {@link #resultPerMac} per unit of the ideal
 * sum_r x_r w_r (w signed); it is expressed in % of the full-scale result, the largest
 * |ideal| any input can give (every x at maximum, every weight at its largest magnitude).
 */
public final class VmmRun {
    /** Stimulus seed when the user gives none. */
    public static final long DEFAULT_STIMULUS_SEED = 2024;
    /** VMMs of the run committed with each preset's sim/NAME/. */
    public static final int PRESET_VMMS = 3;

    private final MacroConfig cfg;
    private final int[][] weights;
    private final List<int[]> inputs = new ArrayList<>();
    private final List<StandInModel.Outcome> outcomes = new ArrayList<>();
    private final List<long[]> ideals = new ArrayList<>();
    private final int convertCycles;
    /** Every channel's code in each calibration VMM, [vmm][channel]. */
    private final List<int[]> calibrationCodes = new ArrayList<>();
    private final int[] zeroCodes;

    private VmmRun(AnalogModel model, int vmms, long seed) {
        this.cfg = model.config();
        Random rnd = new Random(seed);
        weights = Stimulus.randomWeights(cfg, rnd);
        convertCycles = cfg.defaultConvertCycles();
        zeroCodes = new int[cfg.channels()];
        for (int k = 0; k < cfg.calibrationVmms(); k++) {
            int[] codes = AnalogMacroModel.run(model, weights, scenario(new int[cfg.rows()]), k).rawCodes();
            calibrationCodes.add(codes);
            for (int ch = 0; ch < codes.length; ch++) {
                zeroCodes[ch] += codes[ch];
            }
        }
        for (int n = 0; n < vmms; n++) {
            int[] x = Stimulus.randomInputs(cfg, rnd);
            if (n == 0) {
                // The first VMM is a zero vector: calibrated, it must read zero (noise aside).
                java.util.Arrays.fill(x, 0);
            }
            inputs.add(x);
            outcomes.add(AnalogMacroModel.run(model, weights, scenario(x), cfg.calibrationVmms() + n, zeroCodes));
            ideals.add(idealMacs(cfg, weights, x));
        }
    }

    /** A VMM as the host runs it: gating on, the reset margin (with dual threshold), this run's CONVERT length. */
    private StandInModel.Scenario scenario(int[] x) {
        return StandInModel.scenario(cfg, MacroConfig.EARLY_MARGIN_RESET, false, convertCycles, x);
    }

    public static VmmRun create(MacroConfig cfg, int vmms, long stimulusSeed) {
        return create(new AnalogModel(cfg), vmms, stimulusSeed);
    }

    /** A run on a model already built (the generator builds one per macro). */
    public static VmmRun create(AnalogModel model, int vmms, long stimulusSeed) {
        if (vmms < 1) {
            throw new IllegalArgumentException("a run needs at least one VMM, not " + vmms);
        }
        return new VmmRun(model, vmms, stimulusSeed);
    }

    /** The ideal integer VMM: per column sum_r x_r (stored_r - zero point). */
    public static long[] idealMacs(MacroConfig cfg, int[][] weights, int[] x) {
        long[] y = new long[cfg.cols()];
        // Rows outermost: the weights are read in memory order (integer sums: any order).
        for (int r = 0; r < cfg.rows(); r++) {
            int[] stored = weights[r];
            for (int c = 0; c < cfg.cols(); c++) {
                y[c] += (long) x[r] * (stored[c] - cfg.weightZeroPoint());
            }
        }
        return y;
    }

    /**
     * Output LSB per unit of the ideal sum: each group's ADC spans S_fs with adcFullScale
     * codes; a result with fraction bits (adc.rangeShift) counts 2^fractionBits per LSB.
     */
    public static double resultPerMac(MacroConfig cfg) {
        return cfg.adcFullScale() / (double) StandInModel.fullScaleSum(cfg) * (1L << cfg.outputFractionBits());
    }

    /** The largest |ideal| result, in output LSB. */
    public static double fullScaleResult(MacroConfig cfg) {
        long weightMagnitude = cfg.signedWeights() ? 1L << (cfg.weightBits() - 1) : (1L << cfg.weightBits()) - 1;
        return (double) cfg.rows() * cfg.inputMax() * weightMagnitude * resultPerMac(cfg);
    }

    public int vmms() {
        return inputs.size();
    }

    public List<StandInModel.Outcome> outcomes() {
        return outcomes;
    }

    public List<long[]> ideals() {
        return ideals;
    }

    /** The zero codes the host wrote: per channel the sum of its 2^z calibration codes. */
    public int[] zeroCodes() {
        return zeroCodes.clone();
    }

    /**
     * The model's own error vs the ideal VMM (RMS and max % FS, SNR), saturated results and
     * gated fraction: what the bench must measure when it matches. Over the run's VMMs, as
     * tb_vmm's summary and vmm_results.txt: the calibration VMM before them is not counted.
     */
    public Metrics modelMetrics() {
        Metrics.Builder b = new Metrics.Builder(cfg);
        for (int n = 0; n < vmms(); n++) {
            StandInModel.Outcome o = outcomes.get(n);
            for (int c = 0; c < cfg.cols(); c++) {
                b.result(o.results()[c], ideals.get(n)[c]);
            }
            for (int ch = 0; ch < cfg.channels(); ch++) {
                b.gating(o.active()[ch], o.gated()[ch]);
            }
        }
        return b.build();
    }

    /**
     * The bench's files, by name: vmm_run.txt (count and register settings: "vmms gating
     * margin convert", without dual threshold "vmms convert"), vmm_weights.hex,
     * vmm_in_N.hex (one vector each, read with $readmemh: wide words), vmm_expected.txt (per
     * VMM, per column "result ideal") and vmm_channels.txt (per calibration VMM, per channel
     * its code; then per VMM, per channel "code active gated", without dual threshold
     * "code"). The channel lines are a file of their own because a results-only run never
     * reads them: scanning them was most of that run's file reading (docs/ARCHITECTURE.md,
     * simulation speed).
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("vmm_run.txt", cfg.dualThreshold()
                ? String.format(Locale.ROOT, "%d %d %d %d%n", vmms(), 1, MacroConfig.EARLY_MARGIN_RESET, convertCycles)
                : String.format(Locale.ROOT, "%d %d%n", vmms(), convertCycles));
        files.put("vmm_weights.hex", Stimulus.weightWords(cfg, weights));
        int wordRows = cfg.actWordRows();
        StringBuilder expected = new StringBuilder();
        StringBuilder channels = new StringBuilder();
        for (int[] codes : calibrationCodes) {
            for (int code : codes) {
                channels.append(code).append('\n');
            }
        }
        for (int n = 0; n < vmms(); n++) {
            StringBuilder in = new StringBuilder();
            for (int word = 0; word < cfg.rows() / wordRows; word++) {
                in.append(Stimulus.packHex(java.util.Arrays.copyOfRange(inputs.get(n), word * wordRows,
                        (word + 1) * wordRows), cfg.inputBits())).append('\n');
            }
            files.put(inputFile(n), in.toString());
            StandInModel.Outcome o = outcomes.get(n);
            for (int c = 0; c < cfg.cols(); c++) {
                expected.append(o.results()[c]).append(' ').append(ideals.get(n)[c]).append('\n');
            }
            for (int ch = 0; ch < cfg.channels(); ch++) {
                Stimulus.appendChannel(channels, cfg, o, ch);
            }
        }
        files.put("vmm_expected.txt", expected.toString());
        files.put("vmm_channels.txt", channels.toString());
        return files;
    }

    /** The names of {@link #files} for a run of the given number of VMMs, in the same order. */
    public static List<String> fileNames(int vmms) {
        List<String> names = new ArrayList<>(List.of("vmm_run.txt", "vmm_weights.hex"));
        for (int n = 0; n < vmms; n++) {
            names.add(inputFile(n));
        }
        names.addAll(List.of("vmm_expected.txt", "vmm_channels.txt"));
        return names;
    }

    /** The input file of VMM n (the bench builds the same name with $sformatf). */
    public static String inputFile(int n) {
        return String.format(Locale.ROOT, "vmm_in_%d.hex", n);
    }
}
