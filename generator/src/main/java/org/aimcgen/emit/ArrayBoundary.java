package org.aimcgen.emit;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;

/**
 * How each pin of the analog array (PortList.analogArray) is timed. The Liberty view and
 * the SDC both read this one table, so every pin at the boundary is constrained: a pin the
 * table does not name is an error at generation time, not an unconstrained path.
 */
public final class ArrayBoundary {
    /** The timing role of one array pin. */
    public enum Role {
        /** The control clock into the array (its weight SRAM port). */
        CONTROL_CLOCK,
        /** The ring oscillator's phase 0: a clock source of its own (create_clock on the pin). */
        OSC_CLOCK,
        /** An input driven from clk-domain registers: a max delay of half a control period. */
        CLK_INPUT,
        /** An input driven from ro_clk-domain registers: a max delay of half an oscillator period. */
        RO_INPUT,
        /** An output read by clk-domain registers (the SRAM read port): an input delay on clk. */
        CLK_OUTPUT,
        /** A comparator output or latched tap: asynchronous to both clocks, false-pathed. */
        ASYNC_OUTPUT
    }

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("clk", Role.CONTROL_CLOCK),
            Map.entry("ro_clk", Role.OSC_CLOCK),
            Map.entry("drive_en", Role.CLK_INPUT),
            Map.entry("multiply_en", Role.CLK_INPUT),
            Map.entry("share_en", Role.CLK_INPUT),
            Map.entry("ro_en", Role.CLK_INPUT),
            Map.entry("range_shift", Role.CLK_INPUT),
            Map.entry("az_en", Role.CLK_INPUT),
            Map.entry("early_en", Role.CLK_INPUT),
            Map.entry("early_margin", Role.CLK_INPUT),
            Map.entry("wt_we", Role.CLK_INPUT),
            Map.entry("wt_re", Role.CLK_INPUT),
            Map.entry("wt_row", Role.CLK_INPUT),
            Map.entry("wt_word", Role.CLK_INPUT),
            Map.entry("wt_wdata", Role.CLK_INPUT),
            Map.entry("chain_start", Role.RO_INPUT),
            Map.entry("gate_en", Role.RO_INPUT),
            Map.entry("wt_rdata", Role.CLK_OUTPUT),
            Map.entry("col_pulse", Role.ASYNC_OUTPUT),
            Map.entry("early_trip", Role.ASYNC_OUTPUT),
            Map.entry("phase_code", Role.ASYNC_OUTPUT));

    private ArrayBoundary() {
    }

    /** The role of a pin; the per-tile row drives (row_drive_tN) are clk inputs. */
    public static Role role(Port p) {
        Role r = p.name().startsWith("row_drive_t") ? Role.CLK_INPUT : ROLES.get(p.name());
        if (r == null) {
            throw new IllegalStateException("analog array pin " + p.name()
                    + " has no timing role: add it to ArrayBoundary (Liberty view and SDC)");
        }
        boolean input = r == Role.CONTROL_CLOCK || r == Role.CLK_INPUT || r == Role.RO_INPUT;
        if (input != p.isInput()) {
            throw new IllegalStateException("analog array pin " + p.name() + " is an "
                    + (p.isInput() ? "input" : "output") + " but has role " + r);
        }
        return r;
    }

    /** The array's pins of one role, as SDC pin patterns of the instance (buses as name[*]). */
    public static List<String> sdcPins(MacroConfig cfg, Role role) {
        return PortList.analogArray(cfg).ports().stream().filter(p -> role(p) == role)
                .map(p -> INSTANCE + "/" + p.name() + (p.vector() ? "[*]" : "")).toList();
    }

    /** The array's instance name in the top (rtl.MacroTop). */
    public static final String INSTANCE = "analog_array";
}
