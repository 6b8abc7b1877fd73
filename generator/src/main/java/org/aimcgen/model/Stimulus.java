package org.aimcgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.aimcgen.config.MacroConfig;

/**
 * Stimulus and expected-result files for the generated test benches, from the golden
 * models. Seeded from nonideal.seed with java.util.Random, whose sequence the Java
 * specification fixes, so the files are identical on every machine.
 */
public final class Stimulus {
    /** The tile and column the block benches instantiate (non-zero tile: its rows' mismatch). */
    public static final java.util.function.ToIntFunction<MacroConfig> BENCH_TILE = cfg -> cfg.tiles() - 1;
    public static final int BENCH_COL = 0;
    /** The TDC channel the VTC bench instantiates. */
    public static final int BENCH_CHANNEL = 1;

    /** Points of the VTC bench's closing ascending sweep. */
    public static final int VTC_SWEEP = 16;

    /** Random vectors per bench, after the corner cases. */
    static final int RANDOM_VECTORS = 16;

    private Stimulus() {
    }

    public record Sequencer(String stimulus, String expected) {
    }

    public record TileColumn(String stimulus, String expected) {
    }

    public static Sequencer sequencer(MacroConfig cfg) {
        List<int[]> cases = new ArrayList<>();
        int phases = SequencerModel.phaseNames().size();
        cases.add(filled(phases, 1));
        cases.add(filled(phases, 0));   // zero is treated as one cycle
        int[] rising = new int[phases];
        for (int p = 0; p < phases; p++) {
            rising[p] = p + 2;
        }
        cases.add(rising);
        int[] longConvert = filled(phases, 2);
        longConvert[phases - 2] = 300;  // wider than 8 bits: exercises the whole counter
        cases.add(longConvert);
        Random rnd = new Random(cfg.seed());
        for (int v = 0; v < RANDOM_VECTORS / 2; v++) {
            int[] c = new int[phases];
            for (int p = 0; p < phases; p++) {
                c[p] = rnd.nextInt(13);
            }
            cases.add(c);
        }
        StringBuilder stim = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        for (int[] c : cases) {
            stim.append(join(c)).append('\n');
            exp.append(join(SequencerModel.phaseCycles(c, cfg.inputPlanes()))).append(' ')
                    .append(SequencerModel.latencyCycles(c, cfg.inputPlanes())).append('\n');
        }
        return new Sequencer(stim.toString(), exp.toString());
    }

    public static TileColumn tileColumn(AnalogModel model) {
        MacroConfig cfg = model.config();
        int rows = cfg.tileRows();
        int wMax = (1 << cfg.weightBits()) - 1;
        List<int[][]> cases = new ArrayList<>();
        cases.add(new int[][] {new int[rows], new int[rows]});
        cases.add(new int[][] {filled(rows, cfg.inputMax()), filled(rows, wMax)});
        cases.add(new int[][] {filled(rows, cfg.inputMax()), new int[rows]});
        Random rnd = new Random(cfg.seed() * 31L + 7);
        for (int v = 0; v < RANDOM_VECTORS; v++) {
            int[] x = new int[rows];
            int[] w = new int[rows];
            for (int r = 0; r < rows; r++) {
                x[r] = rnd.nextInt(cfg.inputMax() + 1);
                w[r] = rnd.nextInt(wMax + 1);
            }
            cases.add(new int[][] {x, w});
        }
        StringBuilder stim = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        for (int[][] c : cases) {
            stim.append(packHex(c[0], cfg.inputBits())).append(' ').append(packHex(c[1], cfg.weightBits())).append('\n');
            for (int g = 0; g < cfg.groups(); g++) {
                double v = model.groupVoltage(BENCH_TILE.applyAsInt(cfg), BENCH_COL, g, c[0], c[1]);
                exp.append(String.format(Locale.ROOT, "%.15e", v)).append('\n');
            }
        }
        return new TileColumn(stim.toString(), exp.toString());
    }

    /** VTC bench: input voltages (V) and expected pulse widths (ns). */
    public record Vtc(String stimulus, String expected) {
    }

    public static Vtc vtc(AnalogModel model) {
        MacroConfig cfg = model.config();
        Random rnd = new Random(cfg.seed() * 53L + 17);
        List<Double> volts = new ArrayList<>(List.of(0.0, cfg.vdd(), cfg.vdd() / 2, 1e-4));
        for (int v = 0; v < RANDOM_VECTORS; v++) {
            volts.add(rnd.nextDouble() * cfg.vdd());
        }
        // Then an ascending sweep, for the monotonicity check.
        for (int v = 0; v < VTC_SWEEP; v++) {
            volts.add(cfg.vdd() * v / (VTC_SWEEP - 1));
        }
        StringBuilder stim = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        int tile = BENCH_TILE.applyAsInt(cfg);
        for (int i = 0; i < volts.size(); i++) {
            stim.append(String.format(Locale.ROOT, "%.17e", volts.get(i))).append('\n');
            exp.append(String.format(Locale.ROOT, "%.17e", model.tilePulseNs(tile, BENCH_CHANNEL, volts.get(i), i)))
                    .append('\n');
        }
        return new Vtc(stim.toString(), exp.toString());
    }

    /** Early-comparator bench: (voltage, margin code) lines and expected trip times (ns). */
    public static Vtc early(AnalogModel model) {
        MacroConfig cfg = model.config();
        Random rnd = new Random(cfg.seed() * 71L + 29);
        StringBuilder stim = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        int tile = BENCH_TILE.applyAsInt(cfg);
        int codes = 1 << org.aimcgen.ports.PortList.EARLY_MARGIN_BITS;
        for (int i = 0; i < RANDOM_VECTORS + codes; i++) {
            // Every margin code once, then random ones; random voltages.
            int code = i < codes ? i : rnd.nextInt(codes);
            double volts = rnd.nextDouble() * cfg.vdd();
            stim.append(String.format(Locale.ROOT, "%.17e %d", volts, code)).append('\n');
            exp.append(String.format(Locale.ROOT, "%.17e", model.earlyTripNs(tile, BENCH_CHANNEL, volts, i, code)))
                    .append('\n');
        }
        return new Vtc(stim.toString(), exp.toString());
    }

    /** Time-chain bench: one voltage per tile per vector (a line each), expected chain widths (ns). */
    public static Vtc chain(AnalogModel model) {
        MacroConfig cfg = model.config();
        Random rnd = new Random(cfg.seed() * 89L + 31);
        StringBuilder stim = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        for (int i = 0; i < RANDOM_VECTORS; i++) {
            double total = 0.0;
            for (int t = 0; t < cfg.tiles(); t++) {
                // The first vector: every tile at zero; the second: every tile at full scale.
                double volts = i == 0 ? 0.0 : i == 1 ? cfg.vdd() : rnd.nextDouble() * cfg.vdd();
                stim.append(String.format(Locale.ROOT, "%.17e", volts)).append('\n');
                total += model.tilePulseNs(t, BENCH_CHANNEL, volts, i);
            }
            exp.append(String.format(Locale.ROOT, "%.17e", total)).append('\n');
        }
        return new Vtc(stim.toString(), exp.toString());
    }

    /** Files of the whole-macro bench (weights, VMM scenarios, expected outcomes, read-back list). */
    public record Macro(String weights, String vmms, String inputs, String expected, String readback, int vmmCount) {
    }

    /** The weights every macro bench writes: stored (offset-binary) codes, seeded. */
    public static int[][] macroWeights(MacroConfig cfg) {
        return randomWeights(cfg, new Random(cfg.seed() * 131L + 3));
    }

    /** Stored weight codes drawn row by row, column by column. */
    static int[][] randomWeights(MacroConfig cfg, Random rnd) {
        int[][] w = new int[cfg.rows()][cfg.cols()];
        for (int r = 0; r < cfg.rows(); r++) {
            for (int c = 0; c < cfg.cols(); c++) {
                w[r][c] = rnd.nextInt(1 << cfg.weightBits());
            }
        }
        return w;
    }

    /**
     * The VMM scenarios of the macro bench: gating on and off, a short margin, zero, full
     * scale, overrange. Without dual threshold, the scenarios that differ only in gating
     * (gating off, the short margin) are left out.
     */
    public static List<StandInModel.Scenario> macroScenarios(MacroConfig cfg) {
        Random rnd = new Random(cfg.seed() * 977L + 11);
        int convert = cfg.defaultConvertCycles();
        int margin = MacroConfig.EARLY_MARGIN_RESET;
        boolean dual = cfg.dualThreshold();
        List<StandInModel.Scenario> s = new ArrayList<>();
        int[] fullScale = filled(cfg.rows(), cfg.inputMax());
        s.add(StandInModel.scenario(cfg, margin, false, convert, randomInputs(cfg, rnd)));
        // Full-scale inputs make the longest pulses: the gates stay shut longest.
        s.add(StandInModel.scenario(cfg, margin, false, convert, fullScale));
        if (dual) {
            s.add(new StandInModel.Scenario(false, margin, false, convert, fullScale));
        }
        s.add(StandInModel.scenario(cfg, margin, false, convert, new int[cfg.rows()]));
        if (dual) {
            // A margin shorter than the gate latency: comparators trip late, as predicted.
            s.add(new StandInModel.Scenario(true, 1, false, convert, fullScale));
        }
        // Pulses that never end (but the reference column's): counters saturate, results clip.
        double roPs = Math.max(cfg.technology().roPeriodPs(),
                1000.0 * cfg.technology().roPeriodNs(cfg.vdd(), cfg.tempC()));
        double windowPs = ((1 << cfg.coarseBits()) + 4) * roPs;
        int longConvert = (int) Math.ceil(windowPs / (1000.0 * cfg.clockPeriodNs())) + 4;
        s.add(StandInModel.scenario(cfg, margin, true, longConvert, randomInputs(cfg, rnd)));
        return s;
    }

    /** An input vector drawn row by row. */
    static int[] randomInputs(MacroConfig cfg, Random rnd) {
        int[] x = new int[cfg.rows()];
        for (int r = 0; r < x.length; r++) {
            x[r] = rnd.nextInt(cfg.inputMax() + 1);
        }
        return x;
    }

    /** @param w the macro weights ({@link #macroWeights}), scenarios its VMMs ({@link #macroScenarios}) */
    public static Macro macro(MacroConfig cfg, int[][] w, List<StandInModel.Scenario> scenarios) {
        String weights = weightWords(cfg, w);
        StringBuilder vmms = new StringBuilder();
        StringBuilder inputs = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        int wordRows = cfg.actWordRows();
        for (StandInModel.Scenario sc : scenarios) {
            if (cfg.dualThreshold()) {
                vmms.append(sc.gating() ? 1 : 0).append(' ').append(sc.earlyMarginCode()).append(' ');
            }
            vmms.append(sc.overrange() ? 1 : 0).append(' ').append(sc.convertCycles()).append('\n');
            for (int word = 0; word < cfg.rows() / wordRows; word++) {
                inputs.append(packHex(java.util.Arrays.copyOfRange(sc.x(), word * wordRows, (word + 1) * wordRows),
                        cfg.inputBits())).append('\n');
            }
            appendExpected(expected, cfg, StandInModel.run(cfg, w, sc));
        }
        return new Macro(weights, vmms.toString(), inputs.toString(), expected.toString(), readback(cfg),
                scenarios.size());
    }

    /** Weight words the macro benches read back: at most this many. */
    static final int READBACK_WORDS = 64;

    /** Words read back (row, word a line): every word of a small macro; else the first, the last and a random sample. */
    public static String readback(MacroConfig cfg) {
        int total = cfg.rows() * cfg.weightWords();
        StringBuilder readback = new StringBuilder();
        Random rnd = new Random(cfg.seed() * 7L + 5);
        for (int i = 0; i < readbackCount(cfg); i++) {
            int index = total <= READBACK_WORDS ? i : i < 8 ? i : i < 16 ? total - 16 + i : rnd.nextInt(total);
            readback.append(index / cfg.weightWords()).append(' ').append(index % cfg.weightWords()).append('\n');
        }
        return readback.toString();
    }

    public static int readbackCount(MacroConfig cfg) {
        return (int) Math.min((long) cfg.rows() * cfg.weightWords(), READBACK_WORDS);
    }

    /** Weights as the weight port takes them: one line per (row, word), row-major, hex. */
    public static String weightWords(MacroConfig cfg, int[][] w) {
        int wordCols = cfg.weightWordCols();
        StringBuilder weights = new StringBuilder();
        for (int r = 0; r < cfg.rows(); r++) {
            for (int word = 0; word < cfg.weightWords(); word++) {
                int[] cols = new int[wordCols];
                for (int j = 0; j < wordCols; j++) {
                    cols[j] = w[r][word * wordCols + j];
                }
                weights.append(packHex(cols, cfg.weightBits())).append('\n');
            }
        }
        return weights.toString();
    }

    /** Expected outcomes of the macro bench around the real-number analog array (AnalogMacroModel). */
    public static String macroAnalogExpected(AnalogModel model, int[][] w, List<StandInModel.Scenario> scenarios) {
        MacroConfig cfg = model.config();
        StringBuilder expected = new StringBuilder();
        for (int n = 0; n < scenarios.size(); n++) {
            appendExpected(expected, cfg, AnalogMacroModel.run(model, w, scenarios.get(n), n));
        }
        return expected.toString();
    }

    /**
     * One VMM of an expected file of tb_macro: every column's result, then per channel
     * "code active gated" (without dual threshold, "code").
     */
    private static void appendExpected(StringBuilder expected, MacroConfig cfg, StandInModel.Outcome o) {
        for (long y : o.results()) {
            expected.append(y).append('\n');
        }
        for (int ch = 0; ch < cfg.channels(); ch++) {
            appendChannel(expected, cfg, o, ch);
        }
    }

    /** One channel's expected line: "code active gated" (without dual threshold, "code"). */
    static void appendChannel(StringBuilder out, MacroConfig cfg, StandInModel.Outcome o, int ch) {
        out.append(o.rawCodes()[ch]);
        if (cfg.dualThreshold()) {
            out.append(' ').append(o.active()[ch]).append(' ').append(o.gated()[ch]);
        }
        out.append('\n');
    }

    /** Row r's code at bits [r*width +: width], as hex with the top row first. */
    public static String packHex(int[] codes, int width) {
        int bits = codes.length * width;
        char[] hex = new char[(bits + 3) / 4];
        // From the top row down through a bit accumulator, a digit out whenever four bits
        // are in: linear in the width (a BigInteger shifted per row is not). The top digit
        // is padded with zeros to a whole digit.
        int mask = (1 << width) - 1;
        long acc = 0;
        int held = hex.length * 4 - bits;
        int d = 0;
        for (int r = codes.length - 1; r >= 0; r--) {
            acc = (acc << width) | (codes[r] & mask);
            held += width;
            while (held >= 4) {
                held -= 4;
                hex[d++] = Character.forDigit((int) (acc >>> held) & 0xF, 16);
                acc &= (1L << held) - 1;
            }
        }
        return new String(hex);
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static String join(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(a[i]);
        }
        return sb.toString();
    }
}
