package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.SpinalRun;
import org.aimcgen.rtl.Sequencer;

/** The digital control RTL, elaborated by SpinalHDL, with our parameter header on top. */
public final class RtlEmitter implements Emitter {
    private final Templates templates;

    public RtlEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroConfig cfg) {
        SpinalRun.Result result = SpinalRun.verilog(() -> new Sequencer(cfg));
        List<OutputFile> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (var e : result.files().entrySet()) {
            String header = templates.render("rtl/header.vm", cfg,
                    Map.of("title", "Digital control RTL (SpinalHDL): " + e.getKey()));
            out.add(new OutputFile(Layout.rtlDir(cfg) + "/" + e.getKey(), header + e.getValue()));
            names.add(e.getKey());
        }
        out.add(new OutputFile(Layout.rtlDir(cfg) + "/" + cfg.name() + ".f",
                templates.render("rtl/filelist.f.vm", cfg, Map.of("files", names))));
        return out;
    }

    /** Top module of the RTL (the sequencer until the macro top exists). */
    public static String topModule(MacroConfig cfg) {
        return cfg.moduleName("sequencer");
    }
}
