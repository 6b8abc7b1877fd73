package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;

/**
 * What a parent design gets for the macro, chosen by one Verilog define: the black-box
 * stub (synthesis), the control RTL with the real-number analog models (RTL simulation),
 * or with the electrical analog array (AMS simulation). Each view names its files once;
 * the selecting header, the flat file lists and the FuseSoC core are all rendered from it.
 * Paths are relative to the macro's RTL folder, where the views live.
 */
public enum MacroView {
    STUB("AIMCGEN_VIEW_STUB", "synth", "the black box: synthesis of a parent, with the macro's Liberty for timing"),
    WREAL("AIMCGEN_VIEW_WREAL", "rtlsim", "control RTL and real-number analog models: RTL simulation "
            + "(Icarus -gverilog-ams; Verilator with -DAIMC_SV_REAL)"),
    ELECTRICAL("AIMCGEN_VIEW_ELECTRICAL", "amssim", "control RTL and the electrical analog array: AMS simulation");

    private final String define;
    private final String use;
    private final String purpose;

    MacroView(String define, String use, String purpose) {
        this.define = define;
        this.use = use;
        this.purpose = purpose;
    }

    /** The define that selects this view in {@link #selectorFile}. */
    public String define() {
        return define;
    }

    public String purpose() {
        return purpose;
    }

    /** The view's flat file list, NAME_synth.f, NAME_rtlsim.f or NAME_amssim.f. */
    public String fileList(MacroConfig cfg) {
        return cfg.name() + "_" + use + ".f";
    }

    /** The files of the view in compile order, relative to the RTL folder. */
    public List<String> files(MacroConfig cfg) {
        List<String> out = new ArrayList<>();
        switch (this) {
            case STUB -> out.add(blackBoxFile(cfg));
            case WREAL -> {
                out.addAll(RtlEmitter.fileNames(cfg));
                for (String f : AmsEmitter.fileNames(cfg)) {
                    out.add(modelPath(cfg, f));
                }
                out.add(modelPath(cfg, AmsEmitter.arrayFile(cfg)));
            }
            case ELECTRICAL -> {
                out.addAll(RtlEmitter.fileNames(cfg));
                for (String f : ElectricalEmitter.fileNames(cfg)) {
                    out.add(modelPath(cfg, f));
                }
                out.add(modelPath(cfg, electricalBindFile(cfg)));
            }
            default -> throw new IllegalStateException(name());
        }
        return out;
    }

    /** Include folders the view's files need (the models include the shared equations file). */
    public List<String> includeDirs(MacroConfig cfg) {
        return this == STUB ? List.of(".") : List.of(".", modelDir(cfg));
    }

    /** The black-box stub of the macro top: ports only. */
    public static String blackBoxFile(MacroConfig cfg) {
        return cfg.name() + "_blackbox.v";
    }

    /** The header that includes one view's files, chosen by its define. */
    public static String selectorFile(MacroConfig cfg) {
        return cfg.name() + "_view.v";
    }

    /**
     * The electrical array under the name the RTL instantiates (NAME_analog_array): a
     * pass-through to NAME_analog_array_electrical, in the models' folder.
     */
    public static String electricalBindFile(MacroConfig cfg) {
        return cfg.moduleName("analog_array") + "_bind.vams";
    }

    /** The models' folder seen from the RTL folder. */
    public static String modelDir(MacroConfig cfg) {
        return "../../" + Layout.amsDir(cfg);
    }

    private static String modelPath(MacroConfig cfg, String file) {
        return modelDir(cfg) + "/" + file;
    }
}
