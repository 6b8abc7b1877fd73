package org.aimcgen.model;

import org.aimcgen.config.MacroConfig;

/**
 * What the RTL reports when it runs around the real-number analog array
 * (verilog-ams-out/NAME/NAME_analog_array_wreal.vams) instead of the digital stand-in:
 * each channel's chain time from {@link AnalogModel}, then the same oscillator-edge TDC
 * and gating model as {@link StandInModel}.
 *
 * <p>The early comparator sits a margin above the main one: EARLY_MARGIN counts half
 * oscillator periods of ramp, so it trips that long before the chain ends, displaced by
 * its auto-zero residue, and never before half a TDC step. Without dual threshold there is
 * no early comparator: each chain ends at its own time and no gating counts exist.
 */
public final class AnalogMacroModel {
    private AnalogMacroModel() {
    }

    /** Early-trip time of a channel, ns after the chain start. */
    public static double earlyNs(AnalogModel m, int channel, double chainNs, int marginCode) {
        double early = chainNs - marginCode * (m.roPeriodNs() / 2.0) + m.earlyResidue(channel) / m.vtcSlope();
        return Math.max(early, 0.5 * m.stepNs());
    }

    /**
     * @param vmm the VMM's index in the run (noise is drawn per VMM)
     */
    public static StandInModel.Outcome run(AnalogModel m, int[][] weights, StandInModel.Scenario sc, int vmm) {
        return run(m, weights, sc, vmm, new int[m.config().channels()]);
    }

    /** The same with the host's zero codes in the combine (offset calibration). */
    public static StandInModel.Outcome run(AnalogModel m, int[][] weights, StandInModel.Scenario sc, int vmm,
            int[] zeroCodes) {
        MacroConfig cfg = m.config();
        double step = m.stepNs();
        double[] chains = m.chainsNs(sc.x(), weights, vmm);
        return StandInModel.outcome(cfg, sc, (col, g) -> {
            double chain = chains[cfg.channel(col, g)];
            if (!cfg.dualThreshold()) {
                return StandInModel.simulate(cfg, chain / step);
            }
            double early = earlyNs(m, cfg.channel(col, g), chain, sc.earlyMarginCode());
            return StandInModel.simulate(cfg, chain / step, early / step, sc.gating());
        }, zeroCodes);
    }
}
