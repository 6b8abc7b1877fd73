package org.aimcgen.model;

import java.util.stream.IntStream;

import org.aimcgen.config.MacroConfig;

/**
 * Golden model of the macro's digital behaviour around the RTL-only stand-in of the analog
 * array (sim/NAME/NAME_analog_array_standin.v), edge for edge in the oscillator domain.
 *
 * <p>The stand-in gives channel (col, g) a pulse of (L + 1/2) TDC steps, with
 * <pre>
 *   L = floor(S * (2^adcBits - 1) / S_fs) + tiles * VTC_DELAY_STEPS_PER_TILE
 *   S = sum_r x_r * w_{r,col,g},   S_fs = rows * (2^inputBits - 1) * (2^capGroup - 1)
 * </pre>
 * (the reference column stores the zero point), and trips the early comparator a margin
 * of (EARLY_MARGIN x 4) steps before the end, no earlier than half a step after the start.
 * If the channel's main comparator is gated off when its pulse should end, it ends half a
 * step after the gate opens. Oscillator edge e_k sits at 8k steps after the chain start.
 * The combined column result is then
 * <pre>
 *   y_col = sum_g (code(col, g) - code(ref, g)) * 2^(g * capGroup)   saturated to outputBits
 * </pre>
 * which for the ideal codes is sum_r x_r w_r (2^adcBits - 1) / S_fs, w_r the signed weight.
 *
 * <p>Without adc.dualThreshold there is no early comparator and no gate: every pulse ends
 * at its own stop, and no gating counts exist ({@link #NO_COUNT}).
 */
public final class StandInModel {
    private StandInModel() {
    }

    /** A gating count that is not predicted (overrange) or does not exist (no dual threshold). */
    public static final int NO_COUNT = -1;

    /**
     * One VMM as the bench runs it. Without dual threshold, gating is false and the margin
     * 0: the macro has neither ({@link #scenario}).
     */
    public record Scenario(boolean gating, int earlyMarginCode, boolean overrange, int convertCycles, int[] x) {
    }

    /** A scenario with gating on (when the macro has it) at the given margin. */
    public static Scenario scenario(MacroConfig cfg, int earlyMarginCode, boolean overrange, int convertCycles, int[] x) {
        boolean dual = cfg.dualThreshold();
        return new Scenario(dual, dual ? earlyMarginCode : 0, overrange, convertCycles, x);
    }

    /** What the RTL must report: per column results, per channel codes and gating counts. */
    public record Outcome(long[] results, int[] rawCodes, int[] active, int[] gated) {
    }

    /** S of one channel; col == cols is the reference column. */
    public static long groupSum(MacroConfig cfg, int[][] weights, int[] x, int col, int group) {
        long s = 0;
        for (int r = 0; r < cfg.rows(); r++) {
            int stored = col == cfg.cols() ? cfg.referenceWord() : weights[r][col];
            s += (long) x[r] * TileModel.groupValue(cfg, stored, group);
        }
        return s;
    }

    /** Full-scale S of one group. */
    public static long fullScaleSum(MacroConfig cfg) {
        return (long) cfg.rows() * cfg.inputMax() * cfg.groupMax();
    }

    /** Pulse length in whole TDC steps, before the half step. */
    public static int chainSteps(MacroConfig cfg, long s) {
        return (int) (s * cfg.adcFullScale() / fullScaleSum(cfg)) + cfg.tiles() * MacroConfig.VTC_DELAY_STEPS_PER_TILE;
    }

    public static Outcome run(MacroConfig cfg, int[][] weights, Scenario sc) {
        long[] sums = groupSums(cfg, weights, sc.x());
        return outcome(cfg, sc, (col, g) -> simulate(cfg, cfg.tracksReference() && col < cfg.cols()
                ? trackedChainSteps(cfg, g, sums[cfg.channel(col, g)], sums[cfg.channel(cfg.cols(), g)])
                : chainSteps(cfg, sums[cfg.channel(col, g)]), sc));
    }

    /**
     * A tracked channel's pulse in whole TDC steps (adc.rangeShift k &gt; 0): 2^k times its
     * deviation from its group's tracking ratio num/den of the reference's sum, in codes,
     * floored, from the zero level floor(trackedZeroSteps), never below zero:
     * L = max(0, floor(2^k (den S - num S_ref) adcFullScale / (den S_fs)) + zero).
     */
    public static int trackedChainSteps(MacroConfig cfg, int group, long s, long sRef) {
        long num = cfg.trackingNumerator(group);
        long den = cfg.trackingDenominator();
        long deviation = ((den * s - num * sRef) << cfg.rangeShift()) * cfg.adcFullScale();
        long steps = Math.floorDiv(deviation, den * fullScaleSum(cfg)) + (long) Math.floor(cfg.trackedZeroSteps());
        return (int) Math.max(0, steps);
    }

    /** Columns one parallel task of {@link #groupSums} takes. */
    private static final int COLUMN_BLOCK = 64;

    /**
     * {@link #groupSum} of every channel, at [channel]: rows outermost, so the weights are
     * read in memory order, and blocks of columns in parallel.
     */
    public static long[] groupSums(MacroConfig cfg, int[][] weights, int[] x) {
        int cols = cfg.cols();
        long[] sums = new long[cfg.channels()];
        int blocks = (cols + 1 + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int first = b * COLUMN_BLOCK;
            int end = Math.min(cols + 1, first + COLUMN_BLOCK);
            for (int r = 0; r < cfg.rows(); r++) {
                int[] stored = weights[r];
                long xr = x[r];
                for (int c = first; c < end; c++) {
                    int w = c == cols ? cfg.referenceWord() : stored[c];
                    for (int g = 0; g < cfg.groups(); g++) {
                        sums[cfg.channel(c, g)] += xr * TileModel.groupValue(cfg, w, g);
                    }
                }
            }
        });
        return sums;
    }

    /** How one channel (column, group) converts in a VMM; called from several threads at once. */
    public interface ChannelModel {
        Channel convert(int col, int group);
    }

    /**
     * Every channel of a VMM, then the combine: the part the stand-in and the analog
     * array share. Overrange channels (all but the reference column) saturate; their
     * gating counts depend on where the window ends and are not predicted ({@link #NO_COUNT}).
     */
    public static Outcome outcome(MacroConfig cfg, Scenario sc, ChannelModel model) {
        return outcome(cfg, sc, model, new int[cfg.channels()]);
    }

    /** The same, with the host's zero codes (offset calibration) in the combine. */
    public static Outcome outcome(MacroConfig cfg, Scenario sc, ChannelModel model, int[] zeroCodes) {
        int channels = cfg.channels();
        int[] codes = new int[channels];
        int[] active = new int[channels];
        int[] gated = new int[channels];
        // Channels are independent and each writes only its own slots: columns run in
        // parallel (the channel model must be thread-safe), with the same result as in order.
        IntStream.rangeClosed(0, cfg.cols()).parallel().forEach(col -> {
            for (int g = 0; g < cfg.groups(); g++) {
                int ch = cfg.channel(col, g);
                if (sc.overrange() && col < cfg.cols()) {
                    codes[ch] = (1 << cfg.tdcCodeBits()) - 1;
                    active[ch] = NO_COUNT;
                    gated[ch] = NO_COUNT;
                    continue;
                }
                Channel c = model.convert(col, g);
                codes[ch] = c.code;
                active[ch] = c.active;
                gated[ch] = c.gated;
            }
        });
        return new Outcome(combine(cfg, codes, zeroCodes), codes, active, gated);
    }

    /**
     * The digital combine: per column, each group's code less its zero code (offset
     * calibration), minus the reference column's likewise, shift-added, saturated. With
     * range tracking (adc.rangeShift k) no group has a reference term (the comparators
     * subtracted the reference) and each weighs 2^-k as much; fraction bits scale every term
     * alike. Zero codes carry z = adc.zeroFractionBits fraction bits (the sum of 2^z
     * calibration codes): each code is shifted to them before the subtraction, and the sum
     * over groups is rounded back, (sum + 2^(z-1)) &gt;&gt; z (arithmetic, half up), before
     * the saturation.
     */
    public static long[] combine(MacroConfig cfg, int[] codes, int[] zeroCodes) {
        long[] results = new long[cfg.cols()];
        long max = (1L << (cfg.outputBits() - 1)) - 1;
        int fraction = cfg.outputFractionBits();
        int z = cfg.zeroFractionBits();
        for (int col = 0; col < cfg.cols(); col++) {
            long y = 0;
            for (int g = 0; g < cfg.groups(); g++) {
                int ch = cfg.channel(col, g);
                long calibrated = ((long) codes[ch] << z) - zeroCodes[ch];
                if (cfg.tracksReference()) {
                    // Tracked: the reference was subtracted in the comparator; 2^k codes a group unit.
                    y += calibrated << (g * cfg.capGroup() + fraction - cfg.rangeShift());
                    continue;
                }
                int ref = cfg.channel(cfg.cols(), g);
                long diff = calibrated - (((long) codes[ref] << z) - zeroCodes[ref]);
                y += diff << (g * cfg.capGroup() + fraction);
            }
            if (z > 0) {
                y = (y + (1L << (z - 1))) >> z;
            }
            results[col] = Math.max(-max - 1, Math.min(max, y));
        }
        return results;
    }

    public record Channel(int code, int active, int gated) {
    }

    /** Oscillator-edge model of one stand-in channel: TDC code and gating counters. */
    static Channel simulate(MacroConfig cfg, int steps, Scenario sc) {
        double stop = steps + 0.5;
        if (!cfg.dualThreshold()) {
            return simulate(cfg, stop);
        }
        double early = Math.max(stop - sc.earlyMarginCode() * (MacroConfig.FINE_STEPS / 2.0), 0.5);
        return simulate(cfg, stop, early, sc.gating());
    }

    /**
     * Oscillator-edge model of one channel whose comparator would trip {@code stop} TDC
     * steps after the chain start and whose early comparator trips at {@code early} steps:
     * the TDC code and the gating counters the RTL reports.
     */
    public static Channel simulate(MacroConfig cfg, double stopSteps, double early, boolean gating) {
        if (!cfg.dualThreshold()) {
            return simulate(cfg, stopSteps);
        }
        final int period = MacroConfig.FINE_STEPS;
        double stop = stopSteps;
        // The pulse should end in (e_k, e_k+1); it does if the gate is open then.
        int k = (int) Math.floor(stop / period);
        if (!gateOpen(k, stop, early, gating)) {
            int open = k + 1;
            while (!gateOpen(open, Double.MAX_VALUE, early, gating)) {
                open++;
            }
            stop = open * period + 0.5;
        }
        int coarse = (int) Math.floor(stop / period);
        int code = code(cfg, stop);
        int active = 0;
        int gatedCount = 0;
        int lastEdge = coarse + 3;
        for (int e = 1; e <= lastEdge; e++) {
            if (pulse(e - 2, stop)) {
                if (gateOpen(e - 1, stop, early, gating)) {
                    active++;
                } else {
                    gatedCount++;
                }
            }
        }
        // The statistics tallies (AdcGateCtrl) saturate at the coarse count's range.
        int counterMax = (1 << cfg.gateCounterBits()) - 1;
        return new Channel(code, Math.min(active, counterMax), Math.min(gatedCount, counterMax));
    }

    /**
     * A channel without dual threshold: its main comparator is always powered, so the
     * pulse ends at its own stop; there are no gating counts.
     */
    public static Channel simulate(MacroConfig cfg, double stopSteps) {
        return new Channel(code(cfg, stopSteps), NO_COUNT, NO_COUNT);
    }

    /** The TDC code of a pulse ending {@code stop} steps after the chain start; a saturated coarse count reads all ones. */
    private static int code(MacroConfig cfg, double stop) {
        int coarse = (int) Math.floor(stop / MacroConfig.FINE_STEPS);
        int coarseMax = (1 << cfg.coarseBits()) - 1;
        return coarse >= coarseMax ? (1 << cfg.tdcCodeBits()) - 1 : (int) Math.floor(stop);
    }

    /** The pulse as sampled at oscillator edge j (edge 0 launches the chain). */
    private static boolean pulse(int j, double stop) {
        return j >= 1 && j * (double) MacroConfig.FINE_STEPS < stop;
    }

    private static boolean earlyTripped(int j, double early) {
        return j >= 1 && j * (double) MacroConfig.FINE_STEPS > early;
    }

    /** The gate register between edges k and k+1 (AdcGateCtrl). */
    private static boolean gateOpen(int k, double stop, double early, boolean gating) {
        if (!gating || k <= MacroConfig.GATE_LEAD_CYCLES) {
            return true;
        }
        return earlyTripped(k - 2, early) && pulse(k - 2, stop);
    }
}
