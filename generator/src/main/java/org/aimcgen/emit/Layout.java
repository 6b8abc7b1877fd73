package org.aimcgen.emit;

import java.util.List;

import org.aimcgen.config.MacroConfig;

/** Where each artifact of a macro goes, relative to the output root (README.md, "Layout"). */
public final class Layout {
    public static final String RTL = "rtl-out";
    public static final String AMS = "verilog-ams-out";
    public static final String SIM = "sim";
    public static final String CONSTRAINTS = "constraints";

    private Layout() {
    }

    public static String rtlDir(MacroConfig cfg) {
        return RTL + "/" + cfg.name();
    }

    public static String amsDir(MacroConfig cfg) {
        return AMS + "/" + cfg.name();
    }

    public static String simDir(MacroConfig cfg) {
        return SIM + "/" + cfg.name();
    }

    public static String sdcFile(MacroConfig cfg) {
        return CONSTRAINTS + "/" + cfg.name() + ".sdc";
    }

    /** Everything a macro owns on disk: replaced as a whole on every generate. */
    public static List<String> owned(MacroConfig cfg) {
        return List.of(rtlDir(cfg), amsDir(cfg), simDir(cfg), sdcFile(cfg));
    }
}
