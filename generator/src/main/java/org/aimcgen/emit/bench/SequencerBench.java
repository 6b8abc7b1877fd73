package org.aimcgen.emit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;

/** tb_sequencer: phase lengths in, phase cycles and latency out, against SequencerModel. */
public final class SequencerBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_sequencer";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        List<String> phases = MacroConfig.VMM_PHASES.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        List<String> msbFirst = new ArrayList<>(phases);
        Collections.reverse(msbFirst);
        Stimulus.Sequencer seq = Stimulus.sequencer(cfg);
        return List.of(
                ctx.bench(name(), Map.of(
                        "module", cfg.moduleName("sequencer"),
                        "phases", phases,
                        "phasesMsbFirst", msbFirst,
                        "lengthBits", MacroConfig.PHASE_LENGTH_BITS,
                        "sharePhase", MacroConfig.VMM_PHASES.indexOf("SHARE"))),
                ctx.file("sequencer_stimulus.txt", seq.stimulus()),
                ctx.file("sequencer_expected.txt", seq.expected()));
    }
}
