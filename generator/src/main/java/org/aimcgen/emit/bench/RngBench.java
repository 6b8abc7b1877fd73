package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.emit.AmsEmitter;
import org.aimcgen.emit.OutputFile;

/** tb_rng: the electrical views' 16-bit-limb random numbers against the real-number models' ones. */
public final class RngBench implements BenchEmitter {
    /** Test words: enough to meet every limb carry pattern many times, still instant. */
    static final int VECTORS = 4000;

    @Override
    public String name() {
        return "tb_rng";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        return List.of(ctx.bench(name(), Map.of("functions", AmsEmitter.functionsFile(ctx.cfg()), "vectors", VECTORS)));
    }
}
