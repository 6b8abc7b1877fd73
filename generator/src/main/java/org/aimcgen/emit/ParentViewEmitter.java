package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.PortList;
import org.aimcgen.rtl.MacroPorts;

/**
 * What a parent design needs to use the macro (rtl-out/NAME/): the black-box stub of the
 * top, the header that picks a {@link MacroView} by one define, and each view's flat file
 * list; and, in the models' folder, the electrical array under the RTL's black-box name.
 * The stub's pins come from {@link MacroPorts#topPorts}, the lists from {@link MacroView}.
 */
public final class ParentViewEmitter implements Emitter {
    private final Templates templates;

    public ParentViewEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        String rtl = Layout.rtlDir(cfg) + "/";
        String selector = MacroView.selectorFile(cfg);
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile(rtl + MacroView.blackBoxFile(cfg), templates.render("views/blackbox.v.vm", cfg, Map.of(
                "ports", MacroPorts.topPorts(cfg), "selector", selector, "fileList", MacroView.STUB.fileList(cfg)))));
        out.add(new OutputFile(rtl + selector, templates.render("views/view.v.vm", cfg, Map.of(
                "views", List.of(MacroView.values()), "includes", includes(cfg), "modelDir", MacroView.modelDir(cfg)))));
        for (MacroView view : MacroView.values()) {
            out.add(new OutputFile(rtl + view.fileList(cfg), templates.render("views/filelist.f.vm", cfg,
                    Map.of("view", view, "selector", selector))));
        }
        out.add(new OutputFile(Layout.amsDir(cfg) + "/" + MacroView.electricalBindFile(cfg),
                templates.render("views/analog_array_bind.vams.vm", cfg, Map.of("ports", PortList.analogArray(cfg)))));
        return out;
    }

    /** Per view's define, its files as the selector includes them: by name, found through the include folders. */
    private static Map<String, List<String>> includes(MacroConfig cfg) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (MacroView view : MacroView.values()) {
            out.put(view.define(), view.files(cfg).stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList());
        }
        return out;
    }
}
