package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.Stimulus;

/**
 * tb_macro_ams: tb_macro's scenarios (its weight, VMM and read-back files) around the
 * real-number analog array, against AnalogMacroModel.
 */
public final class MacroAmsBench implements BenchEmitter {
    @Override
    public String name() {
        return "tb_macro_ams";
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        Map<String, Object> tb = MacroHarness.values(ctx.cfg(), name(), "macro_ams");
        tb.put("expectedFile", "macro_ams_expected.txt");
        tb.put("vmmCount", ctx.scenarios().size());
        tb.put("readbacks", Stimulus.readbackCount(ctx.cfg()));
        // tb_macro's template, read with this bench's name and expected file.
        return List.of(
                ctx.file(name() + ".v", ctx.render("tb/tb_macro.v.vm", tb)),
                ctx.file("macro_ams_expected.txt",
                        Stimulus.macroAnalogExpected(ctx.model(), ctx.macroWeights(), ctx.scenarios())));
    }
}
