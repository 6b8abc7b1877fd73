package org.aimcgen.model;

import org.aimcgen.config.MacroConfig;

/**
 * Computing error and ADC gating of a set of VMMs, the way tb_vmm accumulates them: the
 * error of a column result is (y - ideal * resultPerMac) / fullScaleResult, in % of full
 * scale; the gated fraction is gated / (active + gated) oscillator cycles over every channel,
 * or -1 when no channel had gating counts (no dual threshold), as the bench prints it.
 *
 * <p>% of full scale flatters a macro whose results use a small part of the range, so the
 * same errors are also given as an SNR: 20 log10(RMS of the ideal results / RMS of their
 * errors), both in output LSB (+Infinity when every result is exact, NaN when there were no
 * results or only exact zero ideals). Saturated results are those at the limits of the
 * signed output word, -(2^(outputBits-1)) or 2^(outputBits-1) - 1: the combine clipped them.
 */
public record Metrics(long results, double rmsErrPctFs, double maxErrPctFs, double gatedPct, double snrDb,
        long saturated) {

    /** Saturated results in % of all results (0 without results). */
    public double saturatedPct() {
        return results == 0 ? 0.0 : 100.0 * saturated / results;
    }

    /** Accumulates results and gating counts. */
    public static final class Builder {
        private final double perMac;
        private final double fullScale;
        private final long resultMin;
        private final long resultMax;
        private long results;
        private double sumSquares;
        private double maxAbs;
        private double idealSquaresLsb;
        private double errorSquaresLsb;
        private long saturated;
        private long active;
        private long gated;
        private boolean counted;

        public Builder(MacroConfig cfg) {
            perMac = VmmRun.resultPerMac(cfg);
            fullScale = VmmRun.fullScaleResult(cfg);
            resultMax = (1L << (cfg.outputBits() - 1)) - 1;
            resultMin = -(1L << (cfg.outputBits() - 1));
        }

        public Builder result(long y, long idealMac) {
            double idealLsb = idealMac * perMac;
            double err = 100.0 * (y - idealLsb) / fullScale;
            sumSquares += err * err;
            maxAbs = Math.max(maxAbs, Math.abs(err));
            idealSquaresLsb += idealLsb * idealLsb;
            errorSquaresLsb += (y - idealLsb) * (y - idealLsb);
            if (y <= resultMin || y >= resultMax) {
                saturated++;
            }
            results++;
            return this;
        }

        /** Counts of one channel; negative counts (not predicted) are skipped. */
        public Builder gating(int activeCycles, int gatedCycles) {
            if (activeCycles >= 0 && gatedCycles >= 0) {
                active += activeCycles;
                gated += gatedCycles;
                counted = true;
            }
            return this;
        }

        public Metrics build() {
            // The result count cancels in the ratio of the two RMS values.
            double snr = results == 0 ? Double.NaN : 20.0 * Math.log10(Math.sqrt(idealSquaresLsb / errorSquaresLsb));
            return new Metrics(results, results == 0 ? 0.0 : Math.sqrt(sumSquares / results), maxAbs,
                    !counted ? -1.0 : active + gated == 0 ? 0.0 : 100.0 * gated / (active + gated), snr, saturated);
        }
    }
}
