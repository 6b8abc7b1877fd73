package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;

/**
 * rtl-out/NAME/NAME_analog_array.lib: a Liberty view of the analog array for static timing,
 * from the same port list as the RTL's black box. Pins, directions, buses and input
 * capacitances; ro_clk a clock pin; one timing arc, the weight SRAM's read (clk to wt_rdata);
 * none on the comparator outputs and latched taps, which are asynchronous (ArrayBoundary).
 */
public final class LibertyEmitter implements Emitter {
    /**
     * Input capacitance of every array pin, pF: a small gate (a row driver's or a latch's
     * input, about 1 fF) plus its short wire into the array. A documented placeholder until a
     * layout gives the real figure; it loads the control's output cells, nothing more.
     */
    static final double INPUT_CAP_PF = 0.002;
    /** Transition time of the SRAM's read data at the array's edge, ns: a small driver's. */
    static final double OUTPUT_SLEW_NS = 0.1;

    private final Templates templates;

    public LibertyEmitter(Templates templates) {
        this.templates = templates;
    }

    /** Where the view goes: beside the RTL whose black box it describes. */
    public static String file(MacroConfig cfg) {
        return Layout.rtlDir(cfg) + "/" + fileName(cfg);
    }

    public static String fileName(MacroConfig cfg) {
        return PortList.analogArray(cfg).module() + ".lib";
    }

    /** One pin or bus of the view. */
    public record Pin(String name, boolean input, boolean bus, int width, boolean clock, ArrayBoundary.Role role,
            String description) {
        public String busType() {
            return "bus" + width;
        }

        /** An output launched by the control clock: it gets a clk arc. */
        public boolean clockedOutput() {
            return role == ArrayBoundary.Role.CLK_OUTPUT;
        }
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        PortList ports = PortList.analogArray(cfg);
        List<Pin> pins = new ArrayList<>();
        TreeSet<Integer> busWidths = new TreeSet<>();
        for (Port p : ports.ports()) {
            ArrayBoundary.Role role = ArrayBoundary.role(p);
            boolean clock = role == ArrayBoundary.Role.CONTROL_CLOCK || role == ArrayBoundary.Role.OSC_CLOCK;
            pins.add(new Pin(p.name(), p.isInput(), p.vector(), p.width(), clock, role,
                    p.description().replace("*/", "* /")));
            if (p.vector()) {
                busWidths.add(p.width());
            }
        }
        return List.of(new OutputFile(file(cfg), templates.render("lib/analog_array.lib.vm", cfg, Map.of(
                "cell", ports.module(),
                "pins", pins,
                "busWidths", List.copyOf(busWidths),
                "inputCapPf", INPUT_CAP_PF,
                "clockPin", "clk",
                // The SRAM's access time: the budget the SDC gives the other array pins.
                "readDelayNs", SdcEmitter.arrayBudgetNs(cfg),
                "outputSlewNs", OUTPUT_SLEW_NS))));
    }
}
