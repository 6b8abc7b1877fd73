package org.aimcgen.model;

import org.aimcgen.config.MacroConfig;

/**
 * Computing error and ADC gating of a set of VMMs, the way tb_vmm accumulates them: the
 * error of a column result is (y - ideal * resultPerMac) / fullScaleResult, in % of full
 * scale; the gated fraction is gated / (active + gated) oscillator cycles over every channel,
 * or -1 when no channel had gating counts (no dual threshold), as the bench prints it.
 */
public record Metrics(long results, double rmsErrPctFs, double maxErrPctFs, double gatedPct) {

    /** Accumulates results and gating counts. */
    public static final class Builder {
        private final double perMac;
        private final double fullScale;
        private long results;
        private double sumSquares;
        private double maxAbs;
        private long active;
        private long gated;
        private boolean counted;

        public Builder(MacroConfig cfg) {
            perMac = VmmRun.resultPerMac(cfg);
            fullScale = VmmRun.fullScaleResult(cfg);
        }

        public Builder result(long y, long idealMac) {
            double err = 100.0 * (y - idealMac * perMac) / fullScale;
            sumSquares += err * err;
            maxAbs = Math.max(maxAbs, Math.abs(err));
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
            return new Metrics(results, results == 0 ? 0.0 : Math.sqrt(sumSquares / results), maxAbs,
                    !counted ? -1.0 : active + gated == 0 ? 0.0 : 100.0 * gated / (active + gated));
        }
    }
}
