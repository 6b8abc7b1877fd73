package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.estimate.Estimate;
import org.aimcgen.model.estimate.Estimator;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.SupplyPins;
import org.aimcgen.rtl.MacroPorts;

/**
 * The macro's outline and where its pins go, for the LEF abstract. Sizes from the area
 * model (Estimator: the datasheet's area), one floorplan for every node:
 *
 * <pre>
 *              north: weight port (wt_*)
 *   +------+------------------------------+
 *   | row  |                              |
 *   | dri- |   capacitor / bit-cell array | east:
 *   | vers |   (obstructed: no routing,   | host bus (apb_*, irq),
 *   |      |    no strap over it)         | clk, reset
 *   |      +------------------------------+
 *   |      | converters, control; straps  |
 *   +------+------------------------------+
 *  west: activation stream (act_*)   south: result stream (res_*)
 * </pre>
 *
 * Square (aspect 1): the array's rows and columns are folded into tiles, so no side of the
 * estimate is naturally longer; a side grows only when its pins need more length than the
 * square gives. Width a multiple of the placement site, height of the row, so the macro
 * sits on the standard cells' grid. Bands: the row drivers' area over the full height on
 * the west, the converters' and control's over the rest of the width in the south, the
 * array in what is left (its area, within the snapping). The supply straps run north-south
 * in the southern band, in groups VDD, VSS, VDDA, VSSA, every {@link #STRAP_GROUP_PITCH_UM}.
 */
public final class MacroFloorplan {
    /** Distance between groups of the four straps, um: a strap pair within reach of every cell of the band. */
    static final double STRAP_GROUP_PITCH_UM = 40.0;
    /** Placement halo, um: no standard cell within it (comparators and capacitor lines are noise-sensitive). */
    public static final double HALO_UM = 10.0;

    /** Edges, as LEF and a designer name them. */
    public enum Edge { WEST, SOUTH, EAST, NORTH }

    /** A rectangle, um. */
    public record Rect(double x0, double y0, double x1, double y1) {
    }

    /** One signal pin (one bit of a bus) on an edge. */
    public record PinShape(String name, boolean input, Edge edge, String layer, Rect rect) {
    }

    /** One supply pin: its straps. */
    public record SupplyShape(SupplyPins.Supply supply, String layer, List<Rect> straps) {
    }

    private final MacroConfig cfg;
    private final LefLayers layers;
    private final double widthUm;
    private final double heightUm;
    private final Rect array;
    private final Rect drivers;
    private final Rect periphery;
    private final List<PinShape> pins = new ArrayList<>();
    private final List<SupplyShape> supplies = new ArrayList<>();
    private final double estimateUm2;

    public MacroFloorplan(MacroConfig cfg) {
        this.cfg = cfg;
        this.layers = LefLayers.of(cfg);
        Estimate est = Estimator.estimate(cfg, 0.0);
        Map<String, Double> parts = est.areaPartsMm2();
        estimateUm2 = est.areaMm2() * 1e6;
        Map<Edge, List<Port>> byEdge = pinsByEdge(cfg);
        double side = Math.sqrt(estimateUm2);
        double w = Math.max(side, edgeLength(bits(byEdge.get(Edge.NORTH)), bits(byEdge.get(Edge.SOUTH))));
        double h = Math.max(side, edgeLength(bits(byEdge.get(Edge.WEST)), bits(byEdge.get(Edge.EAST))));
        widthUm = up(w, layers.siteWidthUm());
        heightUm = up(h, layers.rowHeightUm());
        double driversW = grid(parts.get(Estimator.AREA_DRIVERS) * 1e6 / heightUm);
        double peripheryH = grid((parts.get(Estimator.AREA_CONVERTERS) + parts.get(Estimator.AREA_CONTROL)) * 1e6
                / (widthUm - driversW));
        drivers = new Rect(0, 0, driversW, heightUm);
        periphery = new Rect(driversW, 0, widthUm, peripheryH);
        array = new Rect(driversW, peripheryH, widthUm, heightUm);
        for (Edge e : Edge.values()) {
            placeEdge(e, byEdge.get(e));
        }
        placeStraps();
    }

    /** act_* west (the row drivers' side), res_* south, wt_* north, the host bus, clk and reset east. */
    static Edge edgeOf(String pin) {
        if (pin.startsWith("act_")) {
            return Edge.WEST;
        }
        if (pin.startsWith("res_")) {
            return Edge.SOUTH;
        }
        if (pin.startsWith("wt_")) {
            return Edge.NORTH;
        }
        return Edge.EAST;
    }

    static Map<Edge, List<Port>> pinsByEdge(MacroConfig cfg) {
        Map<Edge, List<Port>> out = new java.util.EnumMap<>(Edge.class);
        for (Edge e : Edge.values()) {
            out.put(e, new ArrayList<>());
        }
        for (Port p : MacroPorts.topPorts(cfg).ports()) {
            out.get(edgeOf(p.name())).add(p);
        }
        return out;
    }

    private static int bits(List<Port> ports) {
        return ports.stream().mapToInt(Port::width).sum();
    }

    /** The length an edge needs for the larger of its two sides' pins: a pitch each, and one at each end. */
    private double edgeLength(int pinsA, int pinsB) {
        return (Math.max(pinsA, pinsB) + 2) * layers.pinPitchUm();
    }

    /** Pins centred on the edge, one pitch apart, in port order (bus bits LSB first). */
    private void placeEdge(Edge e, List<Port> ports) {
        boolean horizontal = e == Edge.SOUTH || e == Edge.NORTH;
        double length = horizontal ? widthUm : heightUm;
        int n = bits(ports);
        double pitch = layers.pinPitchUm();
        double start = grid((length - (n - 1) * pitch) / 2.0 / pitch) * pitch;
        String layer = horizontal ? layers.verticalPinLayer() : layers.horizontalPinLayer();
        double half = layers.pinWidthUm() / 2.0;
        double depth = layers.pinDepthUm();
        int i = 0;
        for (Port p : ports) {
            for (int b = 0; b < p.width(); b++) {
                String name = p.vector() ? p.name() + "[" + b + "]" : p.name();
                double c = grid(start + i * pitch);
                Rect r = switch (e) {
                    case SOUTH -> new Rect(c - half, 0, c + half, depth);
                    case NORTH -> new Rect(c - half, heightUm - depth, c + half, heightUm);
                    case WEST -> new Rect(0, c - half, depth, c + half);
                    case EAST -> new Rect(widthUm - depth, c - half, widthUm, c + half);
                };
                pins.add(new PinShape(name, p.isInput(), e, layer, r));
                i++;
            }
        }
    }

    /** Groups of the four supplies' straps across the southern band, clear of the edge pins. */
    private void placeStraps() {
        List<SupplyPins.Supply> all = SupplyPins.of(cfg);
        List<List<Rect>> straps = new ArrayList<>();
        all.forEach(s -> straps.add(new ArrayList<>()));
        double w = layers.strapWidthUm();
        double y0 = layers.pinDepthUm() + layers.pinPitchUm();
        double y1 = periphery.y1();
        double groupW = all.size() * 2 * w;
        double x = periphery.x0() + w;
        do {
            for (int k = 0; k < all.size(); k++) {
                double x0 = grid(x + k * 2 * w);
                straps.get(k).add(new Rect(x0, y0, grid(x0 + w), y1));
            }
            x += STRAP_GROUP_PITCH_UM;
        } while (x + groupW <= periphery.x1() - w);
        for (int k = 0; k < all.size(); k++) {
            supplies.add(new SupplyShape(all.get(k), layers.powerLayer(), straps.get(k)));
        }
    }

    private double grid(double um) {
        return Math.round(um / layers.gridUm()) * layers.gridUm();
    }

    private static double up(double um, double step) {
        return Math.ceil(um / step - 1e-9) * step;
    }

    public double widthUm() {
        return widthUm;
    }

    public double heightUm() {
        return heightUm;
    }

    public double estimateUm2() {
        return estimateUm2;
    }

    public Rect array() {
        return array;
    }

    public Rect drivers() {
        return drivers;
    }

    public Rect periphery() {
        return periphery;
    }

    public List<PinShape> pins() {
        return pins;
    }

    public List<SupplyShape> supplies() {
        return supplies;
    }

    public LefLayers layers() {
        return layers;
    }
}
