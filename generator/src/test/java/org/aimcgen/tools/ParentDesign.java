package org.aimcgen.tools;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.rtl.MacroPorts;

/**
 * A small parent design, written by the integration test: two instances of a generated
 * macro next to logic of its own (a counter of the result beats both instances hand over).
 * Its ports are the macro's, so a bench written for the macro drives it unchanged; the
 * parameter SEL routes them to instance u0 or u1 and parks the other one (no bus select, no
 * stream valid, results always accepted).
 */
final class ParentDesign {
    /** One port of the macro top as its Verilog declares it. */
    record Port(String direction, String range, String name) {
    }

    private ParentDesign() {
    }

    /** The macro top's pins, from the port list the top and its views are built from. */
    static List<Port> ports(MacroConfig cfg) {
        List<Port> ports = new ArrayList<>();
        for (org.aimcgen.ports.Port p : MacroPorts.topPorts(cfg).ports()) {
            ports.add(new Port(p.isInput() ? "input" : "output", p.range(), p.name()));
        }
        return ports;
    }

    /** The parent's Verilog: SEL a parameter (a bench picks the instance it drives). */
    static String verilog(String macro, List<Port> ports) {
        return verilog(macro, ports, false);
    }

    /**
     * The parent's Verilog. With selectPort, SEL is an input port instead of a parameter: the
     * routing is real logic, as synthesis and timing should see it.
     */
    static String verilog(String macro, List<Port> ports, boolean selectPort) {
        StringBuilder v = new StringBuilder();
        v.append("// Parent design of the integration test: two ").append(macro)
                .append(" macros beside logic of its own.\n");
        v.append(selectPort ? "module parent (\n  input wire SEL,\n" : "module parent #(parameter SEL = 0) (\n");
        for (Port p : ports) {
            v.append("  ").append(p.direction()).append(" wire ").append(p.range().isEmpty() ? "" : p.range() + " ")
                    .append(p.name()).append(",\n");
        }
        v.append("  output reg [15:0] result_beats\n);\n");
        for (int i = 0; i < 2; i++) {
            for (Port p : ports) {
                String w = "u" + i + "_" + p.name();
                v.append("  wire ").append(p.range().isEmpty() ? "" : p.range() + " ").append(w);
                if (p.direction().equals("input")) {
                    v.append(" = ").append(input(p, i));
                }
                v.append(";\n");
            }
            v.append("  ").append(macro).append(" u").append(i).append(" (");
            List<String> conns = new ArrayList<>();
            for (Port p : ports) {
                conns.add("\n    ." + p.name() + "(u" + i + "_" + p.name() + ")");
            }
            v.append(String.join(",", conns)).append("\n  );\n");
        }
        for (Port p : ports) {
            if (p.direction().equals("output")) {
                v.append("  assign ").append(p.name()).append(" = SEL == 1 ? u1_").append(p.name()).append(" : u0_")
                        .append(p.name()).append(";\n");
            }
        }
        v.append("  // The parent's own logic: result beats handed over by either instance.\n");
        v.append("  always @(posedge clk)\n    if (reset) result_beats <= 16'd0;\n");
        v.append("    else result_beats <= result_beats + (u0_res_valid & u0_res_ready) + (u1_res_valid & u1_res_ready);\n");
        v.append("endmodule\n");
        return v.toString();
    }

    /** What instance i's input sees: the parent's port when selected, else the parked value. */
    private static String input(Port p, int i) {
        if (p.name().equals("clk") || p.name().equals("reset")) {
            return p.name();
        }
        String parked = p.name().equals("res_ready") ? "1'b1" : "{" + width(p) + "{1'b0}}";
        return "SEL == " + i + " ? " + p.name() + " : " + parked;
    }

    private static String width(Port p) {
        if (p.range().isEmpty()) {
            return "1";
        }
        String[] bounds = p.range().substring(1, p.range().length() - 1).split(":");
        return String.valueOf(Integer.parseInt(bounds[0].trim()) - Integer.parseInt(bounds[1].trim()) + 1);
    }
}
