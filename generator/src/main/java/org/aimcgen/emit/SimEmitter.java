package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.Stimulus;
import org.aimcgen.ports.PortList;
import org.aimcgen.rtl.Sequencer;

/**
 * Test benches, their stimulus and expected-result files (from the Java golden model) and
 * the Makefile of sim/NAME/.
 */
public final class SimEmitter implements Emitter {
    public static final List<String> BENCHES = List.of("tb_sequencer", "tb_tile_column");

    private final Templates templates;

    public SimEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroConfig cfg) {
        String dir = Layout.simDir(cfg) + "/";
        List<OutputFile> out = new ArrayList<>();
        List<String> phases = Sequencer.PHASES.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        List<String> msbFirst = new ArrayList<>(phases);
        java.util.Collections.reverse(msbFirst);
        out.add(new OutputFile(dir + "tb_sequencer.v", templates.render("tb/tb_sequencer.v.vm", cfg, Map.of(
                "module", cfg.moduleName("sequencer"),
                "phases", phases,
                "phasesMsbFirst", msbFirst,
                "lengthBits", MacroConfig.PHASE_LENGTH_BITS))));
        Stimulus.Sequencer seq = Stimulus.sequencer(cfg);
        out.add(new OutputFile(dir + "sequencer_stimulus.txt", seq.stimulus()));
        out.add(new OutputFile(dir + "sequencer_expected.txt", seq.expected()));

        PortList tile = PortList.tileColumn(cfg);
        out.add(new OutputFile(dir + "tb_tile_column.v", templates.render("tb/tb_tile_column.v.vm", cfg, Map.of(
                "ports", tile,
                "xWidth", cfg.tileRows() * cfg.inputBits(),
                "wWidth", cfg.tileRows() * cfg.weightBits(),
                "lastGroup", cfg.groups() - 1,
                "groupNames", AmsEmitter.groupNames(cfg)))));
        Stimulus.TileColumn tc = Stimulus.tileColumn(cfg);
        out.add(new OutputFile(dir + "tile_column_stimulus.txt", tc.stimulus()));
        out.add(new OutputFile(dir + "tile_column_expected.txt", tc.expected()));

        List<String> rtlFiles = new ArrayList<>(List.of(RtlEmitter.topModule(cfg) + ".v"));
        out.add(new OutputFile(dir + "Makefile", templates.render("make/Makefile.vm", cfg, Map.of(
                "rtlFiles", rtlFiles,
                "amsFiles", AmsEmitter.fileNames(cfg),
                "rtlTop", RtlEmitter.topModule(cfg),
                "benches", BENCHES))));
        return out;
    }
}
