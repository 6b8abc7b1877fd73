package org.aimcgen.emit;

import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.PortList;
import org.aimcgen.ports.SupplyPins;

/**
 * The supply ports of the macro top under {@code `ifdef USE_POWER_PINS} (SupplyPins), and
 * their connection to the analog array's instance. SpinalHDL has no conditional port, so
 * the top's text is edited in two fixed places, both lines SpinalHDL writes the same way
 * for every configuration: the module's header line, and the array instance's first line.
 * Anything unexpected there fails generation rather than emitting a top without supplies.
 * The supplies go to the array (its models have the same ports), not to the control's
 * blocks: their standard cells are powered by the implementation flow's own grid.
 */
final class PowerPins {
    private PowerPins() {
    }

    static String addToTop(MacroConfig cfg, String top) {
        List<SupplyPins.Supply> supplies = SupplyPins.of(cfg);
        String header = "module " + RtlEmitter.topModule(cfg) + " (\n";
        String instance = "  " + PortList.analogArray(cfg).module() + " " + ArrayBoundary.INSTANCE + " (\n";
        if (count(top, header) != 1 || count(top, instance) != 1) {
            throw new IllegalStateException("the top of " + cfg.name() + " does not have the module header and the"
                    + " array instance SpinalHDL writes: cannot add the " + SupplyPins.DEFINE + " ports");
        }
        StringBuilder ports = new StringBuilder("`ifdef " + SupplyPins.DEFINE + "\n");
        StringBuilder pins = new StringBuilder("`ifdef " + SupplyPins.DEFINE + "\n");
        for (SupplyPins.Supply s : supplies) {
            ports.append(String.format("  inout  wire          %s, // %s%n", s.name(), s.description()));
            pins.append(String.format("    .%-13s(%-35s), //io%n", s.name(), s.name()));
        }
        ports.append("`endif\n");
        pins.append("`endif\n");
        return top.replace(header, header + ports).replace(instance, instance + pins);
    }

    private static int count(String text, String line) {
        int n = 0;
        for (int i = text.indexOf(line); i >= 0; i = text.indexOf(line, i + 1)) {
            n++;
        }
        return n;
    }
}
