package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.AmsEmitter;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;
import org.aimcgen.ports.PortList;

/** tb_tile_column: one tile column's group voltages against AnalogModel.groupVoltage. */
public final class TileColumnBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_tile_column";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Stimulus.TileColumn tc = Stimulus.tileColumn(ctx.model());
        return List.of(
                ctx.bench(name(), Map.of(
                        "ports", PortList.tileColumn(cfg),
                        "benchTile", Stimulus.BENCH_TILE.applyAsInt(cfg),
                        "benchCol", Stimulus.BENCH_COL,
                        "xWidth", cfg.tileRows() * cfg.inputBits(),
                        "wWidth", cfg.tileRows() * cfg.weightBits(),
                        "lastGroup", cfg.groups() - 1,
                        "groupNames", AmsEmitter.groupNames(cfg))),
                ctx.file("tile_column_stimulus.txt", tc.stimulus()),
                ctx.file("tile_column_expected.txt", tc.expected()));
    }
}
