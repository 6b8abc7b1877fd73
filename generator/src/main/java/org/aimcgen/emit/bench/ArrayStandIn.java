package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Fmt;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.StandInModel;
import org.aimcgen.ports.PortList;

/**
 * The two digital views of the RTL's black box that the benches and tools link: the
 * port-only stub (lint, synthesis) and the stand-in (RTL-only simulation, StandInModel).
 */
public final class ArrayStandIn implements BenchEmitter {
    @Override
    public String name() {
        return "analog_array_standin";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        PortList array = PortList.analogArray(cfg);
        return List.of(
                ctx.file(stub(cfg), ctx.render("sim/analog_array_stub.v.vm", Map.of("ports", array))),
                ctx.file(standIn(cfg), ctx.render("sim/analog_array_standin.v.vm", Map.ofEntries(
                        Map.entry("ports", array),
                        Map.entry("taps", MacroConfig.RO_TAPS),
                        Map.entry("fineSteps", MacroConfig.FINE_STEPS),
                        Map.entry("fullScaleSum", StandInModel.fullScaleSum(cfg)),
                        Map.entry("vtcDelaySteps", cfg.tiles() * MacroConfig.VTC_DELAY_STEPS_PER_TILE),
                        Map.entry("trackedDivisor", cfg.trackingDenominator() * StandInModel.fullScaleSum(cfg)),
                        Map.entry("trackedZeroSteps", (long) Math.floor(cfg.trackedZeroSteps())),
                        Map.entry("stepNs", Fmt.INSTANCE.real(cfg.tdcStepPs() / 1000.0)),
                        Map.entry("lastTile", cfg.tiles() - 1),
                        Map.entry("lastGroup", cfg.groups() - 1),
                        Map.entry("rowDrive", MacroHarness.rowDrives(cfg))))));
    }

    /** Port-only analog array for lint and synthesis (file named after its module, as lint wants). */
    public static String stub(MacroConfig cfg) {
        return "stub/" + cfg.moduleName("analog_array") + ".v";
    }

    public static String standIn(MacroConfig cfg) {
        return cfg.moduleName("analog_array_standin") + ".v";
    }
}
