package org.aimcgen.ports;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;

/**
 * The one description of each boundary block's pins. The Verilog-AMS headers, the test
 * benches and (for the analog array) the SpinalHDL black box are all generated from it, so
 * their pins cannot drift apart.
 */
public record PortList(String module, List<Port> ports) {
    public PortList {
        ports = List.copyOf(ports);
    }

    /**
     * One column of one tile: the rows' input codes and the column's stored weights come in,
     * one charge-shared voltage per capacitor group goes out.
     */
    public static PortList tileColumn(MacroConfig cfg) {
        List<Port> p = new ArrayList<>();
        p.add(Port.in("share", 1, "charge-sharing strobe: the group voltages settle on its rising edge"));
        p.add(Port.in("x_codes", cfg.tileRows() * cfg.inputBits(),
                "input code of each row of the tile, row r at bits [r*" + cfg.inputBits() + " +: " + cfg.inputBits() + "]"));
        p.add(Port.in("w_codes", cfg.tileRows() * cfg.weightBits(),
                "stored (offset-binary) weight of each row for this column, row r at bits [r*"
                        + cfg.weightBits() + " +: " + cfg.weightBits() + "]"));
        for (int g = 0; g < cfg.groups(); g++) {
            p.add(Port.outReal(groupVoltage(g), "voltage of capacitor group " + g + " (weight bits "
                    + g * cfg.capGroup() + ".." + ((g + 1) * cfg.capGroup() - 1) + "), V"));
        }
        return new PortList(cfg.moduleName("tile_column"), p);
    }

    public static String groupVoltage(int group) {
        return "v_group" + group;
    }

    public List<Port> inputs() {
        return ports.stream().filter(Port::isInput).toList();
    }

    public List<Port> outputs() {
        return ports.stream().filter(p -> !p.isInput()).toList();
    }
}
