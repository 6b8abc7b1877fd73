package org.aimcgen.model;

import java.util.stream.IntStream;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Technology;

/**
 * Behavioural model of the analog datapath, with the non-idealities of the configuration:
 * the same equations, in the same floating-point order where it matters, as the
 * real-number Verilog-AMS models (templates/vams/), and the same counter-based random
 * numbers ({@link Rng}). docs/ANALOG_MODELS.md derives each equation.
 *
 * <p>Indices: tile t, column c (c = cols is the reference column), group g, row r within
 * the tile, input bit k, weight bit b. Voltages in V, times in ns, capacitances in F.
 */
public final class AnalogModel {
    public static final double BOLTZMANN = 1.380649e-23;
    public static final double KELVIN = Technology.KELVIN;
    public static final double ALPHA_RO = Technology.ALPHA_RO;
    public static final double ALPHA_VTC = Technology.ALPHA_VTC;
    public static final double MOBILITY_EXPONENT = Technology.MOBILITY_EXPONENT;
    public static final double VTH_TEMPCO = Technology.VTH_TEMPCO;
    /** Offset left after auto-zero, as a fraction of the raw offset. */
    public static final double AUTO_ZERO_RESIDUE = 0.1;

    private final MacroConfig cfg;
    private final Technology tech;
    private final double vdd;
    private final double tempC;

    // Everything below is computed once in the constructor and never written again, so one
    // model serves any number of threads. The tables are what the real-number analog array
    // (templates/vams/analog_array_wreal.vams.vm) computes at time zero, summed in the
    // same order.
    private final double roPeriodNs;
    private final double stepNs;
    private final double vtcSlope;
    private final double vtcDelayNs;
    private final double ktcSigma;
    /** Input-referred noise of a comparator decision, V (sigma), when noise is on. */
    private final double comparatorNoiseV;
    /** Conversions (calibration first, then the VMMs) that carry noise: all but in the error budget. */
    private final int noisyConversions;
    /** A tracked tile's zero level in ramp volts (see trackedPulseNs), at this supply. */
    private final double trackedZeroV;
    /** The ramp's pedestal, V (a design constant: see pedestalV). */
    private final double pedestalV;
    private final double lineScale;
    /** Charge of row r's DAC for input code x, at [r * 2^inputBits + x]. */
    private final double[] dacTable;
    /** Sum of the sharing capacitors C_j over the set bits j of group code v, at [(c * groups + g) * 2^G + v]. */
    private final double[] lineWeight;
    /** Sum of column c's sharing capacitors of group g, at [c * groups + g]. */
    private final double[] groupCap;
    /** Main comparator offsets at [tile * channels + channel], or null when that table would be too large. */
    private final double[] offsets;
    /** Early comparator residues per channel. */
    private final double[] residues;

    /** Largest comparator-offset table kept (entries); beyond it offsets are drawn when needed. */
    static final long MAX_OFFSET_TABLE = 1L << 22;

    public AnalogModel(MacroConfig cfg) {
        this(cfg, cfg.vdd(), cfg.tempC());
    }

    /** The same macro at another supply and temperature (PVT corners). */
    public AnalogModel(MacroConfig cfg, double vdd, double tempC) {
        this(cfg, vdd, tempC, Double.NaN);
    }

    /**
     * The same with the pedestal of another design (its value at nominal supply, V): the
     * error budget simulates one non-ideality at a time on the design of the full
     * configuration. NaN: this configuration's own design.
     */
    AnalogModel(MacroConfig cfg, double vdd, double tempC, double designPedestalV) {
        this(cfg, vdd, tempC, designPedestalV, Integer.MAX_VALUE);
    }

    /**
     * The same, with noise only in the conversions before noisyConversions: the error budget's
     * run without the measured VMMs' noise keeps the calibration's, which dithers the
     * averaged offset calibration (adc.zeroFractionBits) as it does in the macro.
     */
    AnalogModel(MacroConfig cfg, double vdd, double tempC, double designPedestalV, int noisyConversions) {
        this.cfg = cfg;
        this.noisyConversions = noisyConversions;
        this.tech = cfg.technology();
        this.vdd = vdd;
        this.tempC = tempC;
        this.comparatorNoiseV = cfg.comparatorNoiseMv() * 1e-3;
        // Ratio-metric, as the group voltages: a level shift taken from the supply.
        this.pedestalV = (Double.isNaN(designPedestalV) ? designPedestalV() : designPedestalV)
                * (vdd / tech.vddNominal());
        this.roPeriodNs = tech.roPeriodNs(vdd, tempC);
        this.stepNs = roPeriodNs / MacroConfig.FINE_STEPS;
        double nominalStep = tech.roPeriodPs() / 1000.0 / MacroConfig.FINE_STEPS;
        double nominalSlope = cfg.tiles() * tech.vddNominal() / (cfg.adcFullScale() * nominalStep);
        this.vtcSlope = nominalSlope * tech.rampSlopeFactor(vdd, tempC);
        this.vtcDelayNs = VTC_DELAY_STEPS * stepNs;
        // Taken from the ramp itself (its current over a count of oscillator steps, on a
        // replica of its capacitor), so that a zero-deviation chain lasts trackedZeroSteps at
        // every corner, the ramp mirror's residue included.
        this.trackedZeroV = (cfg.trackedZeroSteps() / cfg.tiles() - VTC_DELAY_STEPS) * stepNs * vtcSlope;
        this.ktcSigma = Math.sqrt(BOLTZMANN * (tempC + KELVIN) / groupCapacitanceF());
        this.lineScale = 1.0 / (cfg.tileRows() * (double) cfg.inputMax());
        this.dacTable = dacTable();
        int groups = cfg.groups();
        int codes = 1 << cfg.capGroup();
        this.lineWeight = new double[(cfg.cols() + 1) * groups * codes];
        this.groupCap = new double[(cfg.cols() + 1) * groups];
        for (int c = 0; c <= cfg.cols(); c++) {
            for (int g = 0; g < groups; g++) {
                double[] share = new double[cfg.capGroup()];
                for (int j = 0; j < share.length; j++) {
                    int bit = g * cfg.capGroup() + j;
                    share[j] = (1 << j) * (1.0 + shareMismatch(c, bit));
                }
                for (int v = 0; v < codes; v++) {
                    double sum = 0.0;
                    for (int j = 0; j < share.length; j++) {
                        if (((v >> j) & 1) != 0) {
                            sum += share[j];
                        }
                    }
                    lineWeight[(c * groups + g) * codes + v] = sum;
                }
                double sum = 0.0;
                for (double cj : share) {
                    sum += cj;
                }
                groupCap[c * groups + g] = sum;
            }
        }
        long offsetEntries = (long) cfg.tiles() * cfg.channels();
        if (offsetEntries <= MAX_OFFSET_TABLE) {
            offsets = new double[(int) offsetEntries];
            for (int t = 0; t < cfg.tiles(); t++) {
                for (int ch = 0; ch < cfg.channels(); ch++) {
                    offsets[t * cfg.channels() + ch] = comparatorOffset(t, ch);
                }
            }
        } else {
            offsets = null;
        }
        residues = new double[cfg.channels()];
        for (int ch = 0; ch < residues.length; ch++) {
            residues[ch] = AUTO_ZERO_RESIDUE * cfg.comparatorOffsetMv() * 1e-3
                    * Rng.normal(cfg.seed(), Rng.EARLY_RESIDUE, ch, 0, 0);
        }
    }

    /** Every row's DAC charge for every input code: q = sum over set bits k of 2^k (1 + d_{r,k}), k ascending. */
    private double[] dacTable() {
        int bits = cfg.inputBits();
        int codes = 1 << bits;
        double[] table = new double[cfg.rows() * codes];
        double[] unit = new double[bits];
        for (int row = 0; row < cfg.rows(); row++) {
            for (int k = 0; k < bits; k++) {
                unit[k] = (1 << k) * (1.0 + dacMismatch(row, k));
            }
            for (int x = 0; x < codes; x++) {
                double q = 0.0;
                for (int k = 0; k < bits; k++) {
                    if (((x >> k) & 1) != 0) {
                        q += unit[k];
                    }
                }
                table[row * codes + x] = q;
            }
        }
        return table;
    }

    // ---- PVT laws ----------------------------------------------------------------------

    /** Drive strength relative to nominal: alpha-power law with Vth and mobility vs temperature. */
    public double driveStrength(double alpha) {
        return tech.driveStrength(vdd, tempC, alpha);
    }

    /** Ring-oscillator period: a stage delay goes as C * VDD / I. */
    public double roPeriodNs() {
        return roPeriodNs;
    }

    /** One TDC step: an eighth of the oscillator period. */
    public double stepNs() {
        return stepNs;
    }

    /**
     * VTC ramp slope, V/ns. Designed at nominal PVT so that every tile at full scale (VDD)
     * gives the ADC's full-scale count over the whole chain; the ramp current is mirrored
     * from the oscillator's bias (Technology.rampSlopeFactor).
     */
    public double vtcSlope() {
        return vtcSlope;
    }

    /** The converter's intrinsic delay per tile, in TDC steps (MacroConfig.VTC_DELAY_STEPS). */
    public static final double VTC_DELAY_STEPS = MacroConfig.VTC_DELAY_STEPS;

    /** The converter's intrinsic delay per tile (comparator and logic), ns: scales like a gate. */
    public double vtcDelayNs() {
        return vtcDelayNs;
    }

    // ---- mismatch (static, per element) -----------------------------------------------------

    private double sigmaUnit() {
        return cfg.capMismatchPct() / 100.0;
    }

    /** Relative error of row r's (global row index) group of 2^k DAC capacitors. */
    public double dacMismatch(int row, int bit) {
        return sigmaUnit() / Math.sqrt(1 << bit) * Rng.normal(cfg.seed(), Rng.DAC_MISMATCH, row, bit, 0);
    }

    /**
     * Relative error of column c's charge-sharing capacitor of weight bit b: 2^(b mod G) units
     * in each of the column's unit columns in parallel (W of them in the reference column,
     * array.referenceColumns), so sigma / sqrt(2^(b mod G) W).
     */
    public double shareMismatch(int col, int bit) {
        int units = (1 << (bit % cfg.capGroup())) * cfg.unitColumns(col);
        return sigmaUnit() / Math.sqrt(units) * Rng.normal(cfg.seed(), Rng.SHARE_MISMATCH, col, bit, 0);
    }

    /** Offset of the main comparator of tile t, channel ch, V. */
    public double comparatorOffset(int tile, int channel) {
        return cfg.comparatorOffsetMv() * 1e-3 * Rng.normal(cfg.seed(), Rng.COMPARATOR_OFFSET, tile, channel, 0);
    }

    /** Offset of a channel's early comparator after auto-zero, V. */
    public double earlyResidue(int channel) {
        return residues[channel];
    }

    // ---- the datapath ------------------------------------------------------------------------

    /** Charge of row r's in-situ DAC for input code x, in unit capacitors x VDD. */
    public double dacUnits(int row, int x) {
        return dacTable[(row << cfg.inputBits()) + x];
    }

    /**
     * Voltage of group g of column c in tile t after charge sharing, before noise.
     *
     * <p>Each row adds its DAC charge times the summed sharing capacitors of the bits it
     * stores in the group (rows in order); the sum is then scaled to the line and divided
     * by the group's capacitance. Mathematically sum_j C_j Q_j / sum_j C_j with
     * Q_j = sum_r q_r w_{r,gG+j} / (tileRows (2^Bi - 1)); in this order of operations it
     * is bit for bit what the real-number analog array computes.
     *
     * @param x input codes of the tile's rows
     * @param w stored weight codes of the tile's rows for column c
     */
    public double groupVoltage(int tile, int col, int group, int[] x, int[] w) {
        int codes = 1 << cfg.capGroup();
        int base = (col * cfg.groups() + group) * codes;
        int shift = group * cfg.capGroup();
        int mask = cfg.groupMax();
        int rowBase = tile * cfg.tileRows();
        double sum = 0.0;
        for (int r = 0; r < cfg.tileRows(); r++) {
            sum += dacTable[((rowBase + r) << cfg.inputBits()) + x[r]] * lineWeight[base + ((w[r] >> shift) & mask)];
        }
        return volts(col, group, sum);
    }

    /** The group voltage from its row sum (see groupVoltage). */
    private double volts(int col, int group, double sum) {
        return vdd * (sum * lineScale) / groupCap[col * cfg.groups() + group];
    }

    /** Input-referred noise of a comparator decision, V (sigma; nonideal.comparatorNoiseMv). */
    public double comparatorNoiseV() {
        return comparatorNoiseV;
    }

    /** kT/C noise of one group's shared capacitance, V (sigma). */
    public double ktcSigma() {
        return ktcSigma;
    }

    /** A group's shared capacitance C = (2^G - 1) tileRows (2^Bi - 1) Cu, F: what the ramp discharges. */
    public double groupCapacitanceF() {
        return cfg.groupMax() * (double) cfg.tileRows() * cfg.inputMax() * cfg.unitCapFf() * 1e-15;
    }

    /** Noise of tile t, channel ch in VMM n: kT/C plus the comparator's, V; zero without noise. */
    public double noise(int tile, int channel, int vmm) {
        if (!cfg.noise() || vmm >= noisyConversions) {
            return 0.0;
        }
        return ktcSigma * Rng.normal(cfg.seed(), Rng.KTC_NOISE, tile, channel, vmm)
                + comparatorNoiseV * Rng.normal(cfg.seed(), Rng.COMPARATOR_NOISE, tile, channel, vmm);
    }

    /** Pedestal of the ramp in comparator sigmas (offset and noise): see pedestalV. */
    public static final double PEDESTAL_SIGMAS = 5.0;

    /**
     * The ramp's pedestal, V: the comparator's reference sits this far below the ramp's
     * zero-input level, so a comparator whose offset and noise are within it trips on the
     * ramp, not at once. Every tile's time then moves linearly with its offset, at zero
     * input too, which is what lets the offset calibration (a zero-input conversion
     * subtracted digitally) cancel offsets at every input.
     *
     * <p>It is a level shift taken from the supply, so it scales with VDD as the group
     * voltages and the ramp do, and a zero-input chain lasts the same number of TDC steps
     * at every corner (docs/ANALOG_MODELS.md, "PVT"). Its design value (at nominal supply)
     * is at least PEDESTAL_SIGMAS comparator sigmas at the lowest supply, rounded up so that
     * the zero-input chain ends half way between two TDC steps: the channels' zero-input
     * codes then share their fractional part, half a step from either edge, and the offset
     * calibration's integer zero codes are biased alike in a column and its reference.
     */
    public double pedestalV() {
        return pedestalV;
    }

    /** The pedestal's design value at nominal supply, V (see pedestalV). */
    double designPedestalV() {
        double offset = cfg.comparatorOffsetMv() * 1e-3;
        double variance = offset * offset;
        if (cfg.noise()) {
            variance += comparatorNoiseV * comparatorNoiseV
                    + BOLTZMANN * (Technology.NOMINAL_TEMP_C + KELVIN) / groupCapacitanceF();
        }
        double least = PEDESTAL_SIGMAS * Math.sqrt(variance) * tech.vddNominal()
                / Math.min(tech.vddLow(), tech.vddNominal());
        // Volts of pedestal per TDC step of one tile, at nominal PVT.
        double voltsPerStep = cfg.tiles() * tech.vddNominal() / cfg.adcFullScale();
        double zeroInputSteps = cfg.tiles() * (VTC_DELAY_STEPS + least / voltsPerStep);
        double target = Math.floor(zeroInputSteps - 0.5) + 1.5;
        return (target / cfg.tiles() - VTC_DELAY_STEPS) * voltsPerStep;
    }

    /**
     * One tile's pulse: the converter's delay plus the ramp time from the group voltage
     * (plus the pedestal) down to the comparator's trip point.
     */
    public double tilePulseNs(int tile, int channel, double volts, int vmm) {
        return vtcDelayNs + Math.max(0.0, volts + pedestalV - trip(tile, channel, vmm)) / vtcSlope;
    }

    /** The comparator's trip point of tile t, channel ch in VMM n: its offset plus its noise, V. */
    private double trip(int tile, int channel, int vmm) {
        double offset = offsets != null ? offsets[tile * cfg.channels() + channel] : comparatorOffset(tile, channel);
        return offset + noise(tile, channel, vmm);
    }

    /**
     * One tile's pulse on a tracked channel (a column's group, with adc.rangeShift k &gt; 0):
     * the comparator's threshold is the reference column's voltage of the same group and tile
     * times the group's tracking ratio, less a zero level, and the ramp runs 2^k times slower,
     * so the pulse measures 2^k times the group's deviation from the threshold; the
     * comparator's offset and noise, at its input, are stretched alike. Below the zero level
     * the tile clips at its converter delay.
     */
    public double trackedPulseNs(int tile, int channel, int group, double volts, double refVolts, int vmm) {
        double over = rangeGain() * (volts - cfg.trackingRatio(group) * refVolts - trip(tile, channel, vmm))
                + trackedZeroV;
        return vtcDelayNs + Math.max(0.0, over) / vtcSlope;
    }

    /** 2^k of the RANGE register at reset (adc.rangeShift). */
    public double rangeGain() {
        return 1 << cfg.rangeShift();
    }

    /** A tracked tile's zero level, V (see trackedPulseNs). */
    public double trackedZeroV() {
        return trackedZeroV;
    }

    /**
     * The reference column's voltage of every group in every tile, at [group * tiles + tile]
     * (empty without tracking): per group, its row sum over the tile, rows in order.
     */
    double[] referenceVolts(int[] x) {
        if (!cfg.tracksReference()) {
            return new double[0];
        }
        double[] volts = new double[cfg.groups() * cfg.tiles()];
        int g2 = cfg.capGroup();
        int bits = cfg.inputBits();
        for (int g = 0; g < cfg.groups(); g++) {
            int code = (cfg.referenceWord() >> (g * g2)) & cfg.groupMax();
            int weight = ((cfg.cols() * cfg.groups() + g) << g2) + code;
            int row = 0;
            for (int t = 0; t < cfg.tiles(); t++) {
                double sum = 0.0;
                for (int r = 0; r < cfg.tileRows(); r++, row++) {
                    sum += dacTable[(row << bits) + x[row]] * lineWeight[weight];
                }
                volts[g * cfg.tiles() + t] = volts(cfg.cols(), g, sum);
            }
        }
        return volts;
    }

    /**
     * The early comparator of the tile: it trips a margin of marginCode half oscillator
     * periods before the main comparator would, displaced by its auto-zero residue, and
     * never before half a TDC step (AnalogMacroModel applies the same rule to a whole chain).
     */
    public double earlyTripNs(int tile, int channel, double volts, int vmm, int marginCode) {
        double early = tilePulseNs(tile, channel, volts, vmm) - marginCode * (roPeriodNs() / 2.0)
                + earlyResidue(channel) / vtcSlope();
        return Math.max(early, 0.5 * stepNs());
    }

    /**
     * A channel's chained pulse over all tiles, ns.
     *
     * @param x the whole input vector
     * @param weights stored weights [row][col]; the reference column uses the zero point
     */
    public double chainNs(int col, int group, int[] x, int[][] weights, int vmm) {
        int channel = cfg.channel(col, group);
        int codes = 1 << cfg.capGroup();
        int base = (col * cfg.groups() + group) * codes;
        int shift = group * cfg.capGroup();
        int mask = cfg.groupMax();
        int bits = cfg.inputBits();
        boolean reference = col == cfg.cols();
        int zeroCode = (cfg.referenceWord() >> shift) & mask;
        boolean tracked = cfg.tracksReference() && !reference;
        double[] refVolts = tracked ? referenceVolts(x) : null;
        double total = 0.0;
        int row = 0;
        for (int t = 0; t < cfg.tiles(); t++) {
            double sum = 0.0;
            for (int r = 0; r < cfg.tileRows(); r++, row++) {
                int code = reference ? zeroCode : (weights[row][col] >> shift) & mask;
                sum += dacTable[(row << bits) + x[row]] * lineWeight[base + code];
            }
            double v = volts(col, group, sum);
            total += tracked ? trackedPulseNs(t, channel, group, v, refVolts[group * cfg.tiles() + t], vmm)
                    : tilePulseNs(t, channel, v, vmm);
        }
        return total;
    }

    /** Columns one parallel task of {@link #chainsNs} takes: its weights stay in cache. */
    private static final int COLUMN_BLOCK = 64;

    /**
     * Every channel's chained pulse of one VMM, ns, at [channel]: {@link #chainNs} for all
     * channels, with the same sums in the same order per channel (so the same doubles),
     * but the rows outermost, so the weights are read in memory order, and blocks of
     * columns in parallel. A large macro's golden models spend their time here.
     */
    public double[] chainsNs(int[] x, int[][] weights, int vmm) {
        int cols = cfg.cols();
        int groups = cfg.groups();
        int g2 = cfg.capGroup();
        int mask = cfg.groupMax();
        int bits = cfg.inputBits();
        double[] total = new double[cfg.channels()];
        final boolean tracked = cfg.tracksReference();
        final int tiles = cfg.tiles();
        final double[] refVolts = referenceVolts(x);
        int blocks = (cols + 1 + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int first = b * COLUMN_BLOCK;
            int end = Math.min(cols + 1, first + COLUMN_BLOCK);
            double[] sum = new double[(end - first) * groups];
            int row = 0;
            for (int t = 0; t < cfg.tiles(); t++) {
                java.util.Arrays.fill(sum, 0.0);
                for (int r = 0; r < cfg.tileRows(); r++, row++) {
                    double q = dacTable[(row << bits) + x[row]];
                    int[] stored = weights[row];
                    for (int c = first; c < end; c++) {
                        int w = c == cols ? cfg.referenceWord() : stored[c];
                        for (int g = 0; g < groups; g++) {
                            int code = (w >> (g * g2)) & mask;
                            sum[(c - first) * groups + g] += q * lineWeight[((c * groups + g) << g2) + code];
                        }
                    }
                }
                for (int c = first; c < end; c++) {
                    for (int g = 0; g < groups; g++) {
                        int channel = cfg.channel(c, g);
                        double v = volts(c, g, sum[(c - first) * groups + g]);
                        total[channel] += tracked && c < cols
                                ? trackedPulseNs(t, channel, g, v, refVolts[g * tiles + t], vmm)
                                : tilePulseNs(t, channel, v, vmm);
                    }
                }
            }
        });
        return total;
    }

    /** The TDC code of a chain (coarse count saturating as in the RTL). */
    public int code(double chainNs) {
        double steps = chainNs / stepNs();
        int coarse = (int) Math.floor(steps / MacroConfig.FINE_STEPS);
        if (coarse >= (1 << cfg.coarseBits()) - 1) {
            return (1 << cfg.tdcCodeBits()) - 1;
        }
        return (int) Math.floor(steps);
    }

    public MacroConfig config() {
        return cfg;
    }
}
