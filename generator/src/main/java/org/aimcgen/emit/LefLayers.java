package org.aimcgen.emit;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;

/**
 * The physical figures of the LEF abstract per node, in one place: the layers of the pins,
 * of the power straps and of the capacitors, the placement grid and the pin and strap
 * sizes. SKY130's are the PDK's (sky130_fd_sc_hd's unithd site, OpenLane's PDN on met4 and
 * met5, the MOM capacitors of sky130_fd_pr on li1 to met3). No other node has a PDK here:
 * its row gives generic metal names (M1, M2, ...) and a grid to map onto the foundry's
 * technology LEF, and the LEF's header says so.
 *
 * @param pdk true when the names and sizes are a real PDK's
 * @param verticalPinLayer layer of the pins on the north and south edges (vertical tracks)
 * @param horizontalPinLayer layer of the pins on the west and east edges (horizontal tracks)
 * @param powerLayer layer of the supply straps (the parent's power grid reaches it)
 * @param capLayers layers that carry the capacitors: obstructed over the array
 * @param cellLayers layers of the cells' local wiring: obstructed over the rest of the macro
 * @param siteWidthUm placement site width: the macro's width is a multiple
 * @param rowHeightUm placement row height: the macro's height is a multiple
 * @param pinPitchUm distance between pins on an edge (two routing tracks: a wire and a space)
 * @param pinWidthUm pin width along the edge (twice the layer's minimum width)
 * @param pinDepthUm pin length into the macro
 * @param strapWidthUm width of a supply strap
 * @param gridUm manufacturing grid: every coordinate is a multiple
 */
public record LefLayers(boolean pdk, String verticalPinLayer, String horizontalPinLayer, String powerLayer,
        List<String> capLayers, List<String> cellLayers, double siteWidthUm, double rowHeightUm, double pinPitchUm,
        double pinWidthUm, double pinDepthUm, double strapWidthUm, double gridUm) {
    private static final LefLayers SKY130 = new LefLayers(true, "met2", "met3", "met4",
            List.of("li1", "met1", "met2", "met3"), List.of("li1", "met1"), 0.46, 2.72, 0.92, 0.28, 1.0, 1.6, 0.005);
    /** Other nodes: generic names, a 28/65 nm-like grid (placeholders until a PDK is given). */
    private static final LefLayers GENERIC = new LefLayers(false, "M2", "M3", "M4",
            List.of("M1", "M2", "M3"), List.of("M1"), 0.2, 1.2, 0.4, 0.1, 0.5, 1.0, 0.005);
    private static final Map<String, LefLayers> NODES = Map.of("130nm", SKY130);

    public static LefLayers of(MacroConfig cfg) {
        return NODES.getOrDefault(cfg.node(), GENERIC);
    }

    /** Obstructed over the capacitor array: its layers and the straps' (no strap over the capacitors). */
    public List<String> arrayObstructions() {
        List<String> out = new java.util.ArrayList<>(capLayers);
        if (!out.contains(powerLayer)) {
            out.add(powerLayer);
        }
        return out;
    }
}
