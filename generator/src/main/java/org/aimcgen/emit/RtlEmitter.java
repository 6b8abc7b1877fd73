package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.SpinalRun;
import org.aimcgen.rtl.MacroTop;

/** The digital control RTL, elaborated by SpinalHDL, with our parameter header on top. */
public final class RtlEmitter implements Emitter {
    private final Templates templates;

    public RtlEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        SpinalRun.Result result = SpinalRun.verilog(() -> new MacroTop(cfg));
        List<OutputFile> out = new ArrayList<>();
        List<String> names = fileNames(cfg);
        if (!new java.util.TreeSet<>(names).equals(new java.util.TreeSet<>(result.files().keySet()))) {
            throw new IllegalStateException("SpinalHDL emitted " + result.files().keySet() + ", expected " + names);
        }
        for (String name : names) {
            String module = name.substring(0, name.length() - 2);
            String header = templates.render("rtl/header.vm", cfg,
                    Map.of("title", "Digital control RTL (SpinalHDL): module " + module));
            out.add(new OutputFile(Layout.rtlDir(cfg) + "/" + name, header + result.files().get(name)));
        }
        out.add(new OutputFile(Layout.rtlDir(cfg) + "/" + cfg.name() + ".f",
                templates.render("rtl/filelist.f.vm", cfg, Map.of("files", names))));
        return out;
    }

    /** The blocks under the top, in compile order (one file each). */
    static final List<String> BLOCKS = List.of("sequencer", "row_driver_ctrl", "weight_writer", "host_interface",
            "column_combine", "offset_calibration", "time_accumulator", "adc_gate_ctrl");

    /** The RTL files of a macro, children first, the top last. */
    public static List<String> fileNames(MacroConfig cfg) {
        List<String> names = new ArrayList<>();
        for (String block : BLOCKS) {
            names.add(cfg.moduleName(block) + ".v");
        }
        names.add(topModule(cfg) + ".v");
        return names;
    }

    /** Top module of the RTL. */
    public static String topModule(MacroConfig cfg) {
        return cfg.name();
    }
}
