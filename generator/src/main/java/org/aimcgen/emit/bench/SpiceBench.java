package org.aimcgen.emit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Fmt;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.model.Stimulus;

/**
 * sim/NAME/spice/: the circuit-level check of the analog models. ngspice netlists of one tile
 * column, one VTC and a time chain of two tiles, each with a control section that runs every
 * vector of {@link SpiceVectors} at three corners and prints one "point" line per
 * measurement; expected.txt holds AnalogModel's values, and compare.awk (make spice) checks
 * each point within one ADC LSB and prints the largest deviation per block.
 */
public final class SpiceBench {
    public static final String DIR = "spice";
    /**
     * On resistance of a drive or share switch, ohm: a near-minimum transmission gate. Only the
     * settling time depends on it; the phases last SETTLE_TAUS time constants.
     */
    public static final double SWITCH_RON_OHM = 2.0e3;
    public static final double SWITCH_ROFF_OHM = 1.0e12;
    /** Time constants per switching phase: e^-30 leaves no measurable settling error. */
    public static final double SETTLE_TAUS = 30.0;
    /** Logic level of the phase and comparator signals, V (the switches trip at its half). */
    public static final double LOGIC_V = 1.0;
    /** Width of the comparator's tanh transition, V: far below any offset. */
    public static final double COMPARATOR_SOFT_V = 1.0e-6;
    /** Phase edges per switch time constant: sharp enough that no charge moves during an edge. */
    public static final double EDGES_PER_TAU = 10.0;
    /** Simulation points per TDC step at most (the .meas interpolates between them). */
    public static final double POINTS_PER_STEP = 50.0;

    /** One unit-capacitor group of the tile column: row r's input bit k in share bit j of group g. */
    public record Cap(int group, int row, int j, int k, int bit, long units) {
        public String name() {
            return "g" + group + "_r" + row + "_j" + j + "_k" + k;
        }
    }

    public String name() {
        return "spice";
    }

    /** The netlists of make spice, by block name: a tracked VTC too when adc.rangeShift k &gt; 0. */
    public static List<String> blocks(MacroConfig cfg) {
        return cfg.tracksReference() ? List.of("tile_column", "vtc", "vtc_track", "time_chain")
                : List.of("tile_column", "vtc", "time_chain");
    }

    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        SpiceVectors vectors = new SpiceVectors(cfg);
        List<OutputFile> out = new ArrayList<>();
        out.add(file(ctx, "tile_column.cir", ctx.render("spice/tile_column.cir.vm", tileColumn(cfg, vectors))));
        out.add(file(ctx, "vtc.cir", ctx.render("spice/pulse_chain.cir.vm", pulses(cfg, vectors, false))));
        out.add(file(ctx, "time_chain.cir", ctx.render("spice/pulse_chain.cir.vm", pulses(cfg, vectors, true))));
        if (cfg.tracksReference()) {
            Map<String, Object> track = new java.util.HashMap<>(pulses(cfg, vectors, false));
            track.put("tracked", true);
            track.put("alpha", cfg.trackingRatio(vectors.benchGroup()));
            out.add(file(ctx, "vtc_track.cir", ctx.render("spice/pulse_chain.cir.vm", track)));
        }
        out.add(file(ctx, "compare.awk", ctx.render("spice/compare.awk.vm", Map.of("blocks", blocks(cfg)))));
        out.add(file(ctx, "expected.txt", vectors.expected()));
        return out;
    }

    private static OutputFile file(BenchContext ctx, String name, String text) {
        return ctx.file(DIR + "/" + name, text);
    }

    private static Map<String, Object> tileColumn(MacroConfig cfg, SpiceVectors vectors) {
        AnalogModel model = vectors.corners().get(0).model();
        int tile = vectors.benchTile();
        List<Cap> caps = new ArrayList<>();
        for (int g = 0; g < cfg.groups(); g++) {
            for (int r = 0; r < cfg.tileRows(); r++) {
                for (int j = 0; j < cfg.capGroup(); j++) {
                    for (int k = 0; k < cfg.inputBits(); k++) {
                        caps.add(new Cap(g, r, j, k, g * cfg.capGroup() + j, (1L << j) << k));
                    }
                }
            }
        }
        // The mismatch draws of the model: per row and input bit, per column and weight bit.
        List<double[]> dac = new ArrayList<>();
        for (int r = 0; r < cfg.tileRows(); r++) {
            double[] d = new double[cfg.inputBits()];
            for (int k = 0; k < d.length; k++) {
                d[k] = model.dacMismatch(tile * cfg.tileRows() + r, k);
            }
            dac.add(d);
        }
        double[] share = new double[cfg.weightBits()];
        for (int b = 0; b < share.length; b++) {
            share[b] = model.shareMismatch(Stimulus.BENCH_COL, b);
        }
        double largestCapF = (1L << (cfg.capGroup() - 1 + cfg.inputBits() - 1)) * cfg.unitCapFf() * 1e-15;
        double tau = SWITCH_RON_OHM * largestCapF;
        return Map.ofEntries(Map.entry("caps", caps), Map.entry("dac", dac), Map.entry("share", share),
                Map.entry("vectors", vectors), Map.entry("tile", tile), Map.entry("col", Stimulus.BENCH_COL),
                Map.entry("settleTaus", SETTLE_TAUS), Map.entry("edge", tau / EDGES_PER_TAU), Map.entry("settle", SETTLE_TAUS * tau),
                Map.entry("end", 4 * tau / EDGES_PER_TAU + 2 * SETTLE_TAUS * tau),
                Map.entry("stop", 5 * tau / EDGES_PER_TAU + 2 * SETTLE_TAUS * tau), Map.entry("common", common()));
    }

    private static Map<String, Object> pulses(MacroConfig cfg, SpiceVectors vectors, boolean chain) {
        double minStep = Double.MAX_VALUE;
        double maxDelay = 0.0;
        for (SpiceVectors.Corner c : vectors.corners()) {
            minStep = Math.min(minStep, c.model().stepNs());
            maxDelay = Math.max(maxDelay, c.model().vtcDelayNs());
        }
        // The ramps start once the comparators' delay lines hold their initial level.
        double startNs = 2.0 * maxDelay;
        double edgeNs = minStep / POINTS_PER_STEP;
        double stopNs = startNs + 1.25 * vectors.longestChainNs();
        return Map.ofEntries(Map.entry("vectors", vectors), Map.entry("chain", chain), Map.entry("tracked", false),
                Map.entry("alpha", 0.0),
                Map.entry("tiles", chain ? vectors.chainTiles() : new int[] {vectors.benchTile()}),
                Map.entry("channel", Stimulus.BENCH_CHANNEL),
                Map.entry("cgroup", vectors.corners().get(0).model().groupCapacitanceF()),
                Map.entry("startNs", startNs), Map.entry("edgeNs", edgeNs), Map.entry("stopNs", stopNs),
                Map.entry("maxStepNs", minStep / POINTS_PER_STEP), Map.entry("common", common()));
    }

    private static Map<String, Object> common() {
        return Map.of("ron", SWITCH_RON_OHM, "roff", SWITCH_ROFF_OHM, "logic", LOGIC_V, "halfLogic", LOGIC_V / 2,
                "soft", COMPARATOR_SOFT_V,
                "fmt", Fmt.INSTANCE);
    }
}
