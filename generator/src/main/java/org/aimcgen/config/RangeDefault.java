package org.aimcgen.config;

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
        int rows = (Integer) v.get(Param.ROWS);
        int tileRows = (Integer) v.get(Param.TILE_ROWS);
        int inputBits = (Integer) v.get(Param.INPUT_BITS);
        int weightBits = (Integer) v.get(Param.WEIGHT_BITS);
        int capGroup = (Integer) v.get(Param.CAP_GROUP);
        int adcBits = (Integer) v.get(Param.ADC_BITS);
        if (rows % tileRows != 0 || weightBits % capGroup != 0) {
            return 0;  // reported by the cross checks
        }
        int tiles = rows / tileRows;
        int groups = weightBits / capGroup;
        double xMax = (1 << inputBits) - 1;
        double hMax = (1 << capGroup) - 1;
        double adcFullScale = (1 << adcBits) - 1;
        // The threshold's share c of the tracked group's reference value 2^(G-1).
        double den = Math.pow(2, (groups - 1) * capGroup);
        double c = (1 << (capGroup - 1)) * (den - (den - 1) / hMax) / den;
        double ex = xMax / 2.0;
        double ex2 = xMax * (2 * xMax + 1) / 6.0;
        double bias = hMax / 2.0 - c;
        double eh2 = ((hMax + 1) * (hMax + 1) - 1) / 12.0 + bias * bias;
        double meanRow = ex * bias;
        double varRow = ex2 * eh2 - meanRow * meanRow;
        double codesPerUnit = adcFullScale / (rows * xMax * hMax);
        double maxChain = adcFullScale + tiles * MacroConfig.VTC_DELAY_STEPS_PER_TILE + 1;
        double zero = Math.floor(0.75 * maxChain) + 0.5;
        double tileZero = zero / tiles - MacroConfig.VTC_DELAY_STEPS_PER_TILE * Math.sqrt(1.1);
        double tileSpan = codesPerUnit * (tileRows * Math.abs(meanRow) + SIGMAS * Math.sqrt(tileRows * varRow));
        double chainSpan = codesPerUnit * (rows * meanRow + SIGMAS * Math.sqrt(rows * varRow));
        double gain = Math.min(tileZero / tileSpan, (maxChain - zero) / Math.max(chainSpan, 1e-12));
        if (gain < 2.0) {
            return 0;
        }
        int k = (int) Math.floor(Math.log(gain) / Math.log(2.0));
        return Math.min(k, (int) Param.RANGE_SHIFT.max());
    }
}
