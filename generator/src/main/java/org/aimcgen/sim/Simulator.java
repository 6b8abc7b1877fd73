package org.aimcgen.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The two simulators a generated bench runs in, and how sim/NAME/Makefile builds for each. */
public enum Simulator {
    /** Icarus Verilog, real-number models as wreal (-gverilog-ams). */
    ICARUS("iverilog"),
    /** Verilator, real-number models as SystemVerilog real (-DAIMC_SV_REAL). */
    VERILATOR("verilator");

    private final String tool;

    Simulator(String tool) {
        this.tool = tool;
    }

    /** The executable that must be on the PATH. */
    public String tool() {
        return tool;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The make target (relative to sim/NAME/) that compiles a bench. */
    public String buildTarget(String bench, boolean waves) {
        return switch (this) {
            case ICARUS -> "build/" + bench + ".vvp";
            case VERILATOR -> "build/verilator_" + (waves ? "trace_" : "") + bench + "/bench";
        };
    }

    /** The command that runs a compiled bench from a folder one level below build/. */
    public List<String> runCommand(String bench, boolean waves, List<String> plusargs) {
        List<String> cmd = new ArrayList<>();
        switch (this) {
            case ICARUS -> {
                cmd.add("vvp");
                cmd.add("-n");
                cmd.add("../" + bench + ".vvp");
            }
            case VERILATOR -> cmd.add("../verilator_" + (waves ? "trace_" : "") + bench + "/bench");
            default -> throw new IllegalStateException();
        }
        cmd.addAll(plusargs);
        return cmd;
    }

    public static Simulator parse(String name) {
        for (Simulator s : values()) {
            if (s.label().equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("--sim " + name + ": allowed are icarus, verilator");
    }
}
