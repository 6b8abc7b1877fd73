package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.PortList;

/** Behavioural models of the analog datapath, rendered from the Velocity templates. */
public final class AmsEmitter implements Emitter {
    private final Templates templates;

    public AmsEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroConfig cfg) {
        List<OutputFile> out = new ArrayList<>();
        PortList tile = PortList.tileColumn(cfg);
        String tileFile = fileNames(cfg).get(0);
        out.add(new OutputFile(Layout.amsDir(cfg) + "/" + tileFile,
                templates.render("vams/tile_column_wreal.vams.vm", cfg, Map.of(
                        "ports", tile,
                        "lastGroup", cfg.groups() - 1,
                        "groupNames", groupNames(cfg)))));
        out.add(new OutputFile(Layout.amsDir(cfg) + "/" + cfg.name() + "_ams.f",
                templates.render("rtl/filelist.f.vm", cfg, Map.of("files", fileNames(cfg)))));
        return out;
    }

    public static List<String> fileNames(MacroConfig cfg) {
        return List.of(cfg.moduleName("tile_column") + "_wreal.vams");
    }

    static List<String> groupNames(MacroConfig cfg) {
        List<String> names = new ArrayList<>();
        for (int g = 0; g < cfg.groups(); g++) {
            names.add(PortList.groupVoltage(g));
        }
        return names;
    }
}
