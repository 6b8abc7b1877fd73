package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.Version;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.bench.ArrayStandIn;
import org.aimcgen.emit.bench.VmmBench;

/**
 * rtl-out/NAME/NAME.core: the macro as a FuseSoC (CAPI2) core, named
 * aimcgen:macro:NAME:VERSION, with filesets for the RTL, the array stub, the real-number
 * models, the constraints and tb_vmm with its data, and the targets lint, sim_icarus,
 * sim_verilator and sta. Every path is relative to the core's folder, so the core works
 * wherever the outputs are.
 */
public final class FuseSocCoreEmitter implements Emitter {
    /**
     * Verilator flags of the simulation (sim/NAME/Makefile's VERILATOR_SIM_FLAGS, which says
     * why each is needed): timing, the models' real type, and arithmetic as the Java model's.
     */
    static final List<String> VERILATOR_SIM_FLAGS = List.of("--timing", "-Wno-fatal", "-Wno-lint", "-Wno-style",
            "-fno-table", "-fno-life", "-DAIMC_SV_REAL", "-MAKEFLAGS", "OPT_FAST=-O2", "-CFLAGS", "-ffp-contract=off");

    private final Templates templates;

    public FuseSocCoreEmitter(Templates templates) {
        this.templates = templates;
    }

    /** The core's VLNV: vendor aimcgen, library macro, the macro's name, the generator's version. */
    public static String coreName(MacroConfig cfg) {
        return "aimcgen:macro:" + cfg.name() + ":" + Version.get();
    }

    public static String file(MacroConfig cfg) {
        return Layout.rtlDir(cfg) + "/" + cfg.name() + ".core";
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        String root = "../../";
        String simDir = root + Layout.simDir(cfg);
        String models = MacroView.modelDir(cfg) + "/";
        List<String> modelFiles = new ArrayList<>();
        for (String f : AmsEmitter.fileNames(cfg)) {
            modelFiles.add(models + f);
        }
        modelFiles.add(models + AmsEmitter.arrayFile(cfg));
        String text = templates.render("views/macro.core.vm", cfg, Map.ofEntries(
                Map.entry("coreName", coreName(cfg)),
                Map.entry("rtlFiles", RtlEmitter.fileNames(cfg)),
                Map.entry("arrayStub", simDir + "/" + ArrayStandIn.stub(cfg)),
                Map.entry("functions", models + AmsEmitter.functionsFile(cfg)),
                Map.entry("modelFiles", modelFiles),
                Map.entry("sdc", root + Layout.sdcFile(cfg)),
                Map.entry("vmmBench", VmmBench.NAME),
                Map.entry("benchFile", simDir + "/" + VmmBench.NAME + ".v"),
                Map.entry("regsInclude", simDir + "/" + org.aimcgen.emit.bench.RegisterInclude.fileName(cfg)),
                Map.entry("benchDir", simDir),
                Map.entry("benchData", VmmBench.dataFiles()),
                Map.entry("simDir", simDir),
                // FuseSoC sets FILES_ROOT, the core's folder, for its scripts.
                Map.entry("filesRoot", "$FILES_ROOT"),
                Map.entry("verilatorFlags", String.join(", ", VERILATOR_SIM_FLAGS))));
        return List.of(new OutputFile(file(cfg), text));
    }
}
