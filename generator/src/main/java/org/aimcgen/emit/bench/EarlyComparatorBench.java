package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;
import org.aimcgen.ports.PortList;

/** tb_early_comparator: every margin trim code, trip times against AnalogModel.earlyTripNs. */
public final class EarlyComparatorBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_early_comparator";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Stimulus.Vtc early = Stimulus.early(ctx.model());
        return List.of(
                ctx.bench(name(), Map.of(
                        "ports", PortList.earlyComparatorReal(cfg),
                        "benchTile", Stimulus.BENCH_TILE.applyAsInt(cfg),
                        "benchChannel", Stimulus.BENCH_CHANNEL,
                        "marginBits", PortList.EARLY_MARGIN_BITS)),
                ctx.file("early_stimulus.txt", early.stimulus()),
                ctx.file("early_expected.txt", early.expected()));
    }
}
