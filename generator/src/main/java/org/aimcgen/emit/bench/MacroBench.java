package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;

/**
 * tb_macro: the whole RTL around the digital stand-in, against StandInModel: weight write
 * and read-back, the VMM scenarios, every channel's code and gating counters.
 */
public final class MacroBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_macro";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        Stimulus.Macro macro = Stimulus.macro(ctx.cfg(), ctx.macroWeights(), ctx.scenarios());
        Map<String, Object> tb = MacroHarness.values(ctx.cfg(), name(), "macro");
        tb.put("expectedFile", "macro_expected.txt");
        tb.put("vmmCount", macro.vmmCount());
        tb.put("readbacks", macro.readback().split("\n").length);
        return List.of(
                ctx.bench("tb_macro", tb),
                ctx.file("macro_weights.hex", macro.weights()),
                ctx.file("macro_vmms.txt", macro.vmms()),
                ctx.file("macro_inputs.hex", macro.inputs()),
                ctx.file("macro_expected.txt", macro.expected()),
                ctx.file("macro_readback.txt", macro.readback()));
    }
}
