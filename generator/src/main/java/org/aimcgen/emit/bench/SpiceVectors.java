package org.aimcgen.emit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.config.Technology;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.model.Stimulus;

/**
 * The vectors of the circuit-level check (make spice) and what AnalogModel expects of each,
 * at three corners: the ngspice netlists get the vectors, expected.txt the model's values
 * and the tolerance of each point (one ADC LSB: the group's full-scale voltage over
 * adcFullScale for a tile voltage, one TDC step for a pulse).
 */
public final class SpiceVectors {
    /** Random vectors per block and corner (the issue asks for at least 20). */
    public static final int VECTORS = 20;

    /** A supply and temperature the netlists are run at, with the model of the macro there. */
    public record Corner(String name, double vdd, double tempC, AnalogModel model) {
    }

    /** One tile column vector: the input codes and stored weights of the tile's rows. */
    public record TileVector(int index, int[] x, int[] w) {
    }

    /**
     * One VTC or time-chain vector: a group voltage and a comparator trip point per tile, V;
     * on a tracked channel also the reference column's voltage of the group per tile (else empty).
     */
    public record PulseVector(int index, double[] volts, double[] tripV, double[] refVolts) {
    }

    private final MacroConfig cfg;
    private final List<Corner> corners = new ArrayList<>();
    private final List<TileVector> tileVectors = new ArrayList<>();
    /** The chain's tiles: the first two of the macro (the VTC alone uses the first). */
    private final int[] chainTiles;

    public SpiceVectors(MacroConfig cfg) {
        this.cfg = cfg;
        Technology tech = cfg.technology();
        // Nominal, the lowest supply at the coldest, the highest supply at the hottest.
        double[] temps = PvtCorners.TEMPS_C;
        corners.add(new Corner("nominal", tech.vddNominal(), Technology.NOMINAL_TEMP_C,
                new AnalogModel(cfg, tech.vddNominal(), Technology.NOMINAL_TEMP_C)));
        corners.add(new Corner("low_cold", tech.vddLow(), temps[0], new AnalogModel(cfg, tech.vddLow(), temps[0])));
        corners.add(new Corner("high_hot", tech.vddHigh(), temps[temps.length - 1],
                new AnalogModel(cfg, tech.vddHigh(), temps[temps.length - 1])));
        Random rnd = new Random(cfg.seed() * 97L + 41);
        int wMax = (1 << cfg.weightBits()) - 1;
        for (int v = 0; v < VECTORS; v++) {
            int[] x = new int[cfg.tileRows()];
            int[] w = new int[cfg.tileRows()];
            for (int r = 0; r < x.length; r++) {
                x[r] = rnd.nextInt(cfg.inputMax() + 1);
                w[r] = rnd.nextInt(wMax + 1);
            }
            tileVectors.add(new TileVector(v, x, w));
        }
        chainTiles = new int[] {0, Math.min(1, cfg.tiles() - 1)};
    }

    public List<Corner> corners() {
        return corners;
    }

    public List<TileVector> tileVectors() {
        return tileVectors;
    }

    /** The tile of the tile column and the VTC netlists: the one the other benches use. */
    public int benchTile() {
        return Stimulus.BENCH_TILE.applyAsInt(cfg);
    }

    public int[] chainTiles() {
        return chainTiles;
    }

    /**
     * Random group voltages (0 to the corner's supply) of one tile per vector for the VTC, or
     * of the chain's tiles, and each comparator's trip point: its offset plus this
     * conversion's noise (vector i is conversion i, as in tb_vtc).
     */
    public List<PulseVector> pulseVectors(Corner corner, int[] tiles, long salt) {
        Random rnd = new Random(cfg.seed() * salt + 3);
        List<PulseVector> out = new ArrayList<>();
        for (int v = 0; v < VECTORS; v++) {
            double[] volts = new double[tiles.length];
            double[] trip = new double[tiles.length];
            for (int t = 0; t < tiles.length; t++) {
                volts[t] = rnd.nextDouble() * corner.vdd();
                trip[t] = corner.model().comparatorOffset(tiles[t], Stimulus.BENCH_CHANNEL)
                        + corner.model().noise(tiles[t], Stimulus.BENCH_CHANNEL, v);
            }
            out.add(new PulseVector(v, volts, trip, new double[0]));
        }
        return out;
    }

    /** Salts of the pulse blocks' random streams. */
    public static final long VTC_SALT = 59L;
    public static final long CHAIN_SALT = 67L;
    public static final long TRACK_SALT = 71L;

    /** The group of the benches' channel (the tracking ratio of a tracked VTC). */
    public int benchGroup() {
        return Stimulus.BENCH_CHANNEL / (cfg.cols() + 1);
    }

    /**
     * Vectors of a tracked VTC (adc.rangeShift k &gt; 0): the reference column's voltage
     * between a quarter and three quarters of the supply, and the column's voltage placed so
     * that the ramp's excess over the comparator, K (V - alpha V_ref - trip) + V_zero, lies
     * between a tenth of the zero level and the zero level plus a quarter of the supply:
     * the tracked law without its clipping, at every corner.
     */
    public List<PulseVector> trackVectors(Corner corner) {
        Random rnd = new Random(cfg.seed() * TRACK_SALT + 3);
        AnalogModel m = corner.model();
        int tile = benchTile();
        double alpha = cfg.trackingRatio(benchGroup());
        List<PulseVector> out = new ArrayList<>();
        for (int v = 0; v < VECTORS; v++) {
            double ref = corner.vdd() * (0.25 + 0.5 * rnd.nextDouble());
            double trip = m.comparatorOffset(tile, Stimulus.BENCH_CHANNEL) + m.noise(tile, Stimulus.BENCH_CHANNEL, v);
            double low = 0.1 * m.trackedZeroV();
            double over = low + rnd.nextDouble() * (m.trackedZeroV() - low + 0.25 * corner.vdd());
            double volts = alpha * ref + trip + (over - m.trackedZeroV()) / m.rangeGain();
            out.add(new PulseVector(v, new double[] {volts}, new double[] {trip}, new double[] {ref}));
        }
        return out;
    }

    public List<PulseVector> vtcVectors(Corner c) {
        return pulseVectors(c, new int[] {benchTile()}, VTC_SALT);
    }

    public List<PulseVector> chainVectors(Corner c) {
        return pulseVectors(c, chainTiles, CHAIN_SALT);
    }

    /**
     * expected.txt: one line per point, "block corner vector quantity expected lsb", in the
     * units of the measurement (V or ns).
     */
    public String expected() {
        StringBuilder sb = new StringBuilder();
        int tile = benchTile();
        for (Corner c : corners) {
            double voltLsb = c.vdd() / cfg.adcFullScale();
            for (TileVector v : tileVectors) {
                for (int g = 0; g < cfg.groups(); g++) {
                    line(sb, "tile_column", c, v.index(), "v_g" + g,
                            c.model().groupVoltage(tile, Stimulus.BENCH_COL, g, v.x(), v.w()), voltLsb);
                }
            }
            for (PulseVector v : vtcVectors(c)) {
                line(sb, "vtc", c, v.index(), "pulse", c.model().tilePulseNs(tile, Stimulus.BENCH_CHANNEL,
                        v.volts()[0], v.index()), c.model().stepNs());
            }
            if (cfg.tracksReference()) {
                for (PulseVector v : trackVectors(c)) {
                    line(sb, "vtc_track", c, v.index(), "pulse", c.model().trackedPulseNs(tile,
                            Stimulus.BENCH_CHANNEL, benchGroup(), v.volts()[0], v.refVolts()[0], v.index()),
                            c.model().stepNs());
                }
            }
            for (PulseVector v : chainVectors(c)) {
                double total = 0.0;
                for (int t = 0; t < chainTiles.length; t++) {
                    total += c.model().tilePulseNs(chainTiles[t], Stimulus.BENCH_CHANNEL, v.volts()[t], v.index());
                }
                line(sb, "time_chain", c, v.index(), "pulse", total, c.model().stepNs());
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String block, Corner c, int vector, String quantity, double value,
            double lsb) {
        sb.append(String.format(Locale.ROOT, "%s %s %d %s %.9e %.9e\n", block, c.name(), vector, quantity, value, lsb));
    }

    /**
     * The longest pulse any VTC or chain vector can give at any corner, ns: both tiles at full
     * supply (and a tracked VTC at its zero level plus a quarter of the supply).
     */
    public double longestChainNs() {
        double longest = 0.0;
        for (Corner c : corners) {
            longest = Math.max(longest, c.model().vtcDelayNs()
                    + (c.model().trackedZeroV() + 0.25 * c.vdd()) / c.model().vtcSlope());
        }
        for (Corner c : corners) {
            double total = 0.0;
            for (int t : chainTiles) {
                total += c.model().tilePulseNs(t, Stimulus.BENCH_CHANNEL, c.vdd(), 0)
                        + Math.abs(c.model().comparatorOffset(t, Stimulus.BENCH_CHANNEL)) / c.model().vtcSlope();
            }
            longest = Math.max(longest, total);
        }
        return longest;
    }
}
