package org.aimcgen.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * The ADC range for the data (adc.rangeShift k; docs/ARCHITECTURE.md, "ADC range for the
 * data"): the spans uniform random inputs and weights take in a tracked conversion, and the
 * derived default of k. A tracked channel converts K = 2^k times its group's deviation from
 * the tracked threshold; the deviation of uniform random data has, per row, mean
 * E[x](E[h] - c) and variance E[x^2] E[(h - c)^2] - mean^2 (x the input, h the group's stored
 * value, c the threshold in group units: {@link MacroConfig#trackingRatio} times the
 * reference's 2^(G-1)). Within four sigmas, and with its mean:
 * <ul>
 * <li>every tile's time stays above zero: the zero level a tile holds (the chain's zero
 * level over the tiles, less the converter's delay) is K (|mean_t| + 4 sigma_t);</li>
 * <li>the chain ends inside the conversion window, which is the zero level plus
 * K (|mean| + 4 sigma).</li>
 * </ul>
 * Every group tracks with the same K, so the largest span of any group sets both.
 */
public final class TrackedRange {
    /** Sigmas of uniform random data a range must hold. */
    static final double SIGMAS = 4.0;
    /** How much longer than the full-range conversion the derived range may make a VMM. */
    static final double LATENCY_GROWTH = 1.25;

    private TrackedRange() {
    }

    /** One tile's span at K = 1, in TDC codes: |mean_t| + 4 sigma_t of the widest group. */
    static double tileSpan(MacroConfig cfg) {
        return span(cfg, cfg.tileRows());
    }

    /** One chain's span at K = 1, in TDC codes: |mean| + 4 sigma of the widest group. */
    static double chainSpan(MacroConfig cfg) {
        return span(cfg, cfg.rows());
    }

    private static double span(MacroConfig cfg, int rows) {
        double hMax = cfg.groupMax();
        double xMax = cfg.inputMax();
        double ex = xMax / 2.0;
        double ex2 = xMax * (2 * xMax + 1) / 6.0;
        double codesPerUnit = cfg.adcFullScale() / (cfg.rows() * xMax * hMax);
        double widest = 0.0;
        for (int g = 0; g < cfg.groups(); g++) {
            double c = cfg.trackingRatio(g) * (1 << (cfg.capGroup() - 1));
            double bias = hMax / 2.0 - c;
            double eh2 = ((hMax + 1) * (hMax + 1) - 1) / 12.0 + bias * bias;
            double meanRow = ex * bias;
            double varRow = ex2 * eh2 - meanRow * meanRow;
            widest = Math.max(widest, codesPerUnit * (rows * Math.abs(meanRow) + SIGMAS * Math.sqrt(rows * varRow)));
        }
        return widest;
    }

    /**
     * The derived adc.rangeShift: the largest k whose conversion window the TDC counts and
     * whose VMM lasts at most {@link #LATENCY_GROWTH} times the full-range one's; 0 without
     * signed weights, or when even k = 1 does not fit.
     */
    static int derived(Map<Param, Object> v) {
        if (!Boolean.TRUE.equals(v.get(Param.SIGNED_WEIGHTS))) {
            return 0;
        }
        int best = 0;
        Integer fullRange = latency(v, 0);
        if (fullRange == null) {
            return 0;
        }
        for (int k = 1; k <= (int) Param.RANGE_SHIFT.max(); k++) {
            Integer cycles = latency(v, k);
            if (cycles == null || cycles > LATENCY_GROWTH * fullRange) {
                break;
            }
            best = k;
        }
        return best;
    }

    /** Control cycles of one VMM at range shift k, or null when the checks reject k. */
    private static Integer latency(Map<Param, Object> v, int k) {
        Map<Param, Object> probe = new EnumMap<>(v);
        probe.put(Param.RANGE_SHIFT, k);
        try {
            MacroConfig cfg = MacroConfig.of(probe);
            return org.aimcgen.model.SequencerModel.latencyCycles(cfg.defaultPhaseCycles(), cfg.inputPlanes());
        } catch (ConfigException e) {
            return null;
        }
    }
}
