package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Fmt;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.ports.PortList;

/** tb_ring_osc: the oscillator's period and tap spacing at this supply and temperature. */
public final class RingOscBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_ring_osc";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        return List.of(ctx.bench(name(), Map.of(
                "ports", PortList.ringOscillator(ctx.cfg()),
                "taps", MacroConfig.RO_TAPS,
                "periodNs", Fmt.INSTANCE.sci(ctx.model().roPeriodNs()))));
    }
}
