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
 * its auto-zero residue, and never before half a TDC step.
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
        MacroConfig cfg = m.config();
        int channels = cfg.channels();
        int[] codes = new int[channels];
        int[] active = new int[channels];
        int[] gated = new int[channels];
        double step = m.stepNs();
        for (int col = 0; col <= cfg.cols(); col++) {
            for (int g = 0; g < cfg.groups(); g++) {
                int ch = cfg.channel(col, g);
                if (sc.overrange() && col < cfg.cols()) {
                    codes[ch] = (1 << cfg.tdcCodeBits()) - 1;
                    active[ch] = -1;
                    gated[ch] = -1;
                    continue;
                }
                double chain = m.chainNs(col, g, sc.x(), weights, vmm);
                double early = earlyNs(m, ch, chain, sc.earlyMarginCode());
                StandInModel.Channel c = StandInModel.simulate(cfg, chain / step, early / step, sc.gating());
                codes[ch] = c.code();
                active[ch] = c.active();
                gated[ch] = c.gated();
            }
        }
        return new StandInModel.Outcome(StandInModel.combine(cfg, codes), codes, active, gated);
    }
}
