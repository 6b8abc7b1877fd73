package org.aimcgen.emit;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.config.Technology;
import org.aimcgen.emit.ArrayBoundary.Role;
import org.aimcgen.rtl.MacroPorts;

/**
 * Synopsys Design Constraints of the macro's control logic, in commands of the SDC standard
 * that OpenSTA reads. Every pin of the analog array is constrained by its role
 * (ArrayBoundary); the array's Liberty view (LibertyEmitter) makes the pins timing nodes.
 */
public final class SdcEmitter implements Emitter {
    /** Clock uncertainty (jitter plus skew margin) as a fraction of the period. */
    static final double CLOCK_UNCERTAINTY_FRACTION = 0.05;
    /** Share of the period budgeted outside the macro on each host-side I/O path. */
    static final double IO_DELAY_FRACTION = 0.2;
    /** Share of a period budgeted for the wires between the control and the array. */
    static final double ARRAY_WIRE_FRACTION = 0.5;
    /** Oscillator jitter allowance as a fraction of its period. */
    static final double RO_UNCERTAINTY_FRACTION = 0.1;
    /**
     * Hold uncertainty of both clocks, ns: the skew a clock tree leaves. Period jitter does
     * not affect hold (launch and capture are the same edge), so the setup margins above
     * would be pessimism here.
     */
    static final double HOLD_UNCERTAINTY_NS = 0.05;

    private final Templates templates;

    public SdcEmitter(Templates templates) {
        this.templates = templates;
    }

    /** The oscillator clock's period: its fastest over the PVT grid (config.PvtCorners), ns. */
    public static double roPeriodNs(MacroConfig cfg) {
        Technology t = cfg.technology();
        PvtCorners.Corner fast = PvtCorners.fastestRo(t);
        return round(t.roPeriodNs(fast.vdd(), fast.tempC()));
    }

    /** Half a control period: the budget of the wires into the array, and of the SRAM's read. */
    public static double arrayBudgetNs(MacroConfig cfg) {
        return round(ARRAY_WIRE_FRACTION * cfg.clockPeriodNs());
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Technology t = cfg.technology();
        double period = cfg.clockPeriodNs();
        PvtCorners.Corner fast = PvtCorners.fastestRo(t);
        double roPeriod = roPeriodNs(cfg);
        return List.of(new OutputFile(Layout.sdcFile(cfg), templates.render("sdc/macro.sdc.vm", cfg, Map.ofEntries(
                Map.entry("clockUncertaintyNs", round(CLOCK_UNCERTAINTY_FRACTION * period)),
                Map.entry("ioDelayNs", round(IO_DELAY_FRACTION * period)),
                Map.entry("arrayBudgetNs", arrayBudgetNs(cfg)),
                Map.entry("roPeriodNs", roPeriod),
                Map.entry("roNominalNs", round(t.roPeriodPs() / 1000.0)),
                Map.entry("roFastVdd", fast.vdd()),
                Map.entry("roFastTempC", fast.tempC()),
                Map.entry("roArrayBudgetNs", round(ARRAY_WIRE_FRACTION * roPeriod)),
                Map.entry("roUncertaintyNs", round(RO_UNCERTAINTY_FRACTION * roPeriod)),
                Map.entry("libFile", LibertyEmitter.fileName(cfg)),
                Map.entry("array", ArrayBoundary.INSTANCE),
                Map.entry("clkInputs", String.join(" ", ArrayBoundary.sdcPins(cfg, Role.CLK_INPUT))),
                Map.entry("roInputs", String.join(" ", ArrayBoundary.sdcPins(cfg, Role.RO_INPUT))),
                Map.entry("clkOutputs", String.join(" ", ArrayBoundary.sdcPins(cfg, Role.CLK_OUTPUT))),
                Map.entry("holdUncertaintyNs", HOLD_UNCERTAINTY_NS),
                Map.entry("hostInputs", String.join(" ", hostInputs(cfg))),
                Map.entry("asyncOutputs", String.join(" ", ArrayBoundary.sdcPins(cfg, Role.ASYNC_OUTPUT)))))));
    }

    /**
     * The top's inputs but clk (SDC has no standard way to take a port out of all_inputs). A
     * one-bit bus goes by its name: the mapped netlist has it as a scalar, and RTL tools
     * match a bus by its name.
     */
    static List<String> hostInputs(MacroConfig cfg) {
        List<String> out = new java.util.ArrayList<>();
        out.add("reset");
        MacroPorts.benchSignals(cfg).stream().filter(s -> s.kind().equals("reg"))
                .map(s -> s.name() + (s.range().isEmpty() || s.range().equals("[0:0]") ? "" : "[*]")).forEach(out::add);
        return out;
    }

    /** Picoseconds are enough; fewer digits keep the SDC readable. */
    private static double round(double ns) {
        return Math.round(ns * 1000.0) / 1000.0;
    }
}
