package org.aimcgen.model;

import java.math.BigInteger;
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
            exp.append(join(SequencerModel.phaseCycles(c))).append(' ')
                    .append(SequencerModel.latencyCycles(c)).append('\n');
        }
        return new Sequencer(stim.toString(), exp.toString());
    }

    public static TileColumn tileColumn(MacroConfig cfg) {
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
            for (double v : TileModel.groupVoltages(cfg, c[0], c[1])) {
                exp.append(String.format(Locale.ROOT, "%.15e", v)).append('\n');
            }
        }
        return new TileColumn(stim.toString(), exp.toString());
    }

    /** Row r's code at bits [r*width +: width], as hex with the top row first. */
    public static String packHex(int[] codes, int width) {
        BigInteger packed = BigInteger.ZERO;
        for (int r = codes.length - 1; r >= 0; r--) {
            packed = packed.shiftLeft(width).or(BigInteger.valueOf(codes[r]));
        }
        int digits = (codes.length * width + 3) / 4;
        String hex = packed.toString(16);
        return "0".repeat(digits - hex.length()) + hex;
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
