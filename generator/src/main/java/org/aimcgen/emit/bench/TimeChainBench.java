package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;
import org.aimcgen.ports.PortList;

/** tb_time_chain: one voltage per tile in, the chained pulse width out. */
public final class TimeChainBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_time_chain";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Stimulus.Vtc chain = Stimulus.chain(ctx.model());
        return List.of(
                ctx.bench(name(), Map.of(
                        "ports", PortList.timeChain(cfg),
                        "benchChannel", Stimulus.BENCH_CHANNEL,
                        "lastTile", cfg.tiles() - 1)),
                ctx.file("chain_stimulus.txt", chain.stimulus()),
                ctx.file("chain_expected.txt", chain.expected()));
    }
}
