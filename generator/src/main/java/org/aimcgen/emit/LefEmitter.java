package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimcgen.config.MacroConfig;

/**
 * rtl-out/NAME/NAME.lef: the macro's abstract for placement and routing. Outline, pins,
 * straps and obstructions from MacroFloorplan (sizes from the area model), layer names and
 * grids from LefLayers; signal pins from the top's port list, supply pins from SupplyPins,
 * the same names as the Liberty's and the RTL's USE_POWER_PINS ports.
 */
public final class LefEmitter implements Emitter {
    private final Templates templates;

    public LefEmitter(Templates templates) {
        this.templates = templates;
    }

    public static String file(MacroConfig cfg) {
        return Layout.rtlDir(cfg) + "/" + cfg.name() + ".lef";
    }

    /** A rectangle as LEF writes it: x0 y0 x1 y1, um to the nanometre. */
    public record Shape(String layer, String rect) {
    }

    /** A pin as the template writes it. */
    public record Pin(String name, String direction, String use, List<Shape> shapes, String comment) {
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        MacroFloorplan fp = new MacroFloorplan(cfg);
        List<Pin> pins = new ArrayList<>();
        for (MacroFloorplan.PinShape p : fp.pins()) {
            pins.add(new Pin(p.name(), p.input() ? "INPUT" : "OUTPUT", "SIGNAL",
                    List.of(new Shape(p.layer(), rect(p.rect()))), p.edge().name().toLowerCase(Locale.ROOT) + " edge"));
        }
        for (MacroFloorplan.SupplyShape s : fp.supplies()) {
            pins.add(new Pin(s.supply().name(), "INOUT", s.supply().lefUse(),
                    s.straps().stream().map(r -> new Shape(s.layer(), rect(r))).toList(), s.supply().description()));
        }
        List<Shape> obstructions = new ArrayList<>();
        for (String layer : fp.layers().arrayObstructions()) {
            obstructions.add(new Shape(layer, rect(inset(fp, fp.array()))));
        }
        for (MacroFloorplan.Rect band : List.of(fp.drivers(), fp.periphery())) {
            MacroFloorplan.Rect r = inset(fp, band);
            if (r.x1() > r.x0() && r.y1() > r.y0()) {
                for (String layer : fp.layers().cellLayers()) {
                    obstructions.add(new Shape(layer, rect(r)));
                }
            }
        }
        return List.of(new OutputFile(file(cfg), templates.render("lef/macro.lef.vm", cfg, Map.ofEntries(
                Map.entry("layers", fp.layers()),
                Map.entry("widthUm", um(fp.widthUm())),
                Map.entry("heightUm", um(fp.heightUm())),
                Map.entry("estimateUm2", String.format(Locale.ROOT, "%.1f", fp.estimateUm2())),
                Map.entry("outlineUm2", String.format(Locale.ROOT, "%.1f", fp.widthUm() * fp.heightUm())),
                Map.entry("arrayRect", rect(fp.array())),
                Map.entry("haloUm", um(MacroFloorplan.HALO_UM)),
                Map.entry("strapPitchUm", um(MacroFloorplan.STRAP_GROUP_PITCH_UM)),
                Map.entry("pins", pins),
                Map.entry("obstructions", obstructions)))));
    }

    /**
     * A region less the pins' depth along the macro's edges, so an obstruction never covers
     * a pin (its layer is obstructed right up to the pin, not over it).
     */
    private static MacroFloorplan.Rect inset(MacroFloorplan fp, MacroFloorplan.Rect r) {
        double d = fp.layers().pinDepthUm();
        return new MacroFloorplan.Rect(Math.max(r.x0(), d), Math.max(r.y0(), d), Math.min(r.x1(), fp.widthUm() - d),
                Math.min(r.y1(), fp.heightUm() - d));
    }

    private static String rect(MacroFloorplan.Rect r) {
        return um(r.x0()) + " " + um(r.y0()) + " " + um(r.x1()) + " " + um(r.y1());
    }

    private static String um(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }
}
