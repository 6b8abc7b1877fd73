package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;
import org.aimcgen.ports.PortList;

/** tb_vtc: a VTC and its comparator, voltages in, pulse widths out, against AnalogModel.tilePulseNs. */
public final class VtcBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_vtc";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Stimulus.Vtc vtc = Stimulus.vtc(ctx.model());
        return List.of(
                ctx.bench(name(), Map.of(
                        "ports", PortList.vtc(cfg),
                        "benchTile", Stimulus.BENCH_TILE.applyAsInt(cfg),
                        "benchChannel", Stimulus.BENCH_CHANNEL,
                        "sweep", Stimulus.VTC_SWEEP,
                        "vectors", vtc.stimulus().split("\n").length)),
                ctx.file("vtc_stimulus.txt", vtc.stimulus()),
                ctx.file("vtc_expected.txt", vtc.expected()));
    }
}
