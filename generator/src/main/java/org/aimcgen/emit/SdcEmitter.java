package org.aimcgen.emit;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;

/** Synopsys Design Constraints of the macro's control logic. */
public final class SdcEmitter implements Emitter {
    /** Clock uncertainty (jitter plus skew margin) as a fraction of the period. */
    static final double CLOCK_UNCERTAINTY_FRACTION = 0.05;
    /** Share of the period budgeted outside the macro on each host-side I/O path. */
    static final double IO_DELAY_FRACTION = 0.2;

    /** Fastest oscillator frequency over PVT, relative to nominal. */
    static final double RO_FAST_CORNER = 1.25;
    /** Oscillator jitter allowance as a fraction of its period. */
    static final double RO_UNCERTAINTY_FRACTION = 0.1;

    private final Templates templates;

    public SdcEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        double period = cfg.clockPeriodNs();
        // Constrain the oscillator at its fastest corner: 25 % above nominal.
        double roPeriod = cfg.technology().roPeriodPs() / 1000.0 / RO_FAST_CORNER;
        return List.of(new OutputFile(Layout.sdcFile(cfg), templates.render("sdc/macro.sdc.vm", cfg, Map.of(
                "clockUncertaintyNs", round(CLOCK_UNCERTAINTY_FRACTION * period),
                "ioDelayNs", round(IO_DELAY_FRACTION * period),
                "halfPeriodNs", round(period / 2),
                "roPeriodNs", round(roPeriod),
                "roUncertaintyNs", round(RO_UNCERTAINTY_FRACTION * roPeriod)))));
    }

    /** Picoseconds are enough; fewer digits keep the SDC readable. */
    private static double round(double ns) {
        return Math.round(ns * 1000.0) / 1000.0;
    }
}
