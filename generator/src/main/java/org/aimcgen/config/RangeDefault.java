package org.aimcgen.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * The derived default of adc.rangeShift: the largest k for which uniform random inputs and
 * weights stay in range (docs/ARCHITECTURE.md, "ADC range for the data"). A tracked channel
 * converts K = 2^k times its group's deviation from the tracked threshold; the deviation of
 * uniform random data has, per row, mean E[x](E[h] - c) and variance
 * E[x^2] E[(h - c)^2] - mean^2 (x the input, h the group's stored value, c the threshold's
 * share of the reference in group units). Within four sigmas, and with its mean:
 * <ul>
 * <li>every tile's time stays above zero: K (|mean_t| + 4 sigma_t) below the zero level a
 * tile holds (the chain's zero level over the tiles, less the converter's delay);</li>
 * <li>the chain ends inside the conversion window: K (mean + 4 sigma) below the steps
 * the window has left above the zero level.</li>
 * </ul>
 * k = 0 (no tracking) when even K = 2 does not fit, or without signed weights.
 */
final class RangeDefault {
    /** Sigmas of uniform random data a range must hold. */
    static final double SIGMAS = 4.0;

    private RangeDefault() {
    }

    static int of(Map<Param, Object> v) {
        if (!Boolean.TRUE.equals(v.get(Param.SIGNED_WEIGHTS))) {
            return 0;
        }
        // The configuration with a range, for its own geometry, window, zero level and
        // tracking ratio; one the cross checks reject gets no range (they report why).
        Map<Param, Object> probe = new EnumMap<>(v);
        probe.put(Param.RANGE_SHIFT, 1);
        MacroConfig cfg;
        try {
            cfg = MacroConfig.of(probe);
        } catch (ConfigException e) {
            return 0;
        }
        double hMax = cfg.groupMax();
        // The threshold's share c of the tracked group's reference value 2^(G-1).
        double c = cfg.trackingRatio() * (1 << (cfg.capGroup() - 1));
        double xMax = cfg.inputMax();
        double ex = xMax / 2.0;
        double ex2 = xMax * (2 * xMax + 1) / 6.0;
        double bias = hMax / 2.0 - c;
        double eh2 = ((hMax + 1) * (hMax + 1) - 1) / 12.0 + bias * bias;
        double meanRow = ex * bias;
        double varRow = ex2 * eh2 - meanRow * meanRow;
        double codesPerUnit = cfg.adcFullScale() / (cfg.rows() * xMax * hMax);
        double maxChain = cfg.maxChainSteps();
        double zero = cfg.trackedZeroSteps();
        double tileZero = zero / cfg.tiles() - MacroConfig.VTC_DELAY_STEPS;
        double tileSpan = codesPerUnit
                * (cfg.tileRows() * Math.abs(meanRow) + SIGMAS * Math.sqrt(cfg.tileRows() * varRow));
        double chainSpan = codesPerUnit * (cfg.rows() * meanRow + SIGMAS * Math.sqrt(cfg.rows() * varRow));
        double gain = Math.min(tileZero / tileSpan, (maxChain - zero) / Math.max(chainSpan, 1e-12));
        if (gain < 2.0) {
            return 0;
        }
        int k = (int) Math.floor(Math.log(gain) / Math.log(2.0));
        return Math.min(k, (int) Param.RANGE_SHIFT.max());
    }
}
