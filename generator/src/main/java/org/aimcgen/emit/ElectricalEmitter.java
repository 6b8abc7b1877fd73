package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.ports.PortList;

/**
 * The electrical views of verilog-ams-out/NAME/: the continuous blocks in the Verilog-A
 * subset (tile column, VTC ramp), the event-driven ones (comparators, ring oscillator, time
 * chain), and the analog array built from them. Each instance draws its own mismatch from
 * its parameters (templates/common/rng.vm), so no netlister is needed.
 */
public final class ElectricalEmitter {
    private final Templates templates;

    public ElectricalEmitter(Templates templates) {
        this.templates = templates;
    }

    /** Every electrical view's file (paths under dir). */
    public List<OutputFile> emit(AnalogModel model, String dir) {
        MacroConfig cfg = model.config();
        Fmt f = Fmt.INSTANCE;
        String vtc = PortList.vtc(cfg).module();
        String offsetSigmaV = f.sci(cfg.comparatorOffsetMv() * 1e-3);
        String pedestalV = f.sci(model.pedestalV());
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile(dir + tileColumnFile(cfg),
                templates.render("vams/tile_column_electrical.vams.vm", cfg, tileColumn(cfg))));
        out.add(new OutputFile(dir + vtc + "_electrical.vams",
                templates.render("vams/vtc_electrical.vams.vm", cfg, Map.of(
                        "module", vtc,
                        "lastTile", cfg.tiles() - 1,
                        "lastChannel", cfg.channels() - 1,
                        "offsetSigmaV", offsetSigmaV,
                        "pedestalV", pedestalV,
                        "cRamp", f.sci(model.groupCapacitanceF()),
                        "slopeVPerS", f.sci(model.vtcSlope() * 1e9)))));
        out.add(new OutputFile(dir + cfg.moduleName("events") + ".vams",
                templates.render("vams/comparator_event.vams.vm", cfg, Map.of(
                        "vtcModule", vtc,
                        "roModule", PortList.ringOscillator(cfg).module(),
                        "comparatorNoiseV", f.sci(model.comparatorNoiseV()),
                        "lastTile", cfg.tiles() - 1,
                        "lastChannel", cfg.channels() - 1,
                        "offsetSigmaV", offsetSigmaV,
                        "pedestalV", pedestalV,
                        "residueSigmaV", f.sci(AnalogModel.AUTO_ZERO_RESIDUE * cfg.comparatorOffsetMv() * 1e-3),
                        "periodS", f.sci(model.roPeriodNs() * 1e-9)))));
        PortList chain = PortList.timeChain(cfg);
        out.add(new OutputFile(dir + chain.module() + "_electrical.vams",
                templates.render("vams/time_chain_electrical.vams.vm", cfg, Map.of(
                        "chainModule", chain.module(),
                        "vtcModule", vtc,
                        "pins", pins(chain),
                        "inPins", chain.scalarPins(true),
                        "outPins", chain.scalarPins(false),
                        "lastTile", cfg.tiles() - 1,
                        "lastChannel", cfg.channels() - 1))));
        if (cfg.tracksReference()) {
            out.add(new OutputFile(dir + trackFile(cfg),
                    templates.render("vams/vtc_track_electrical.vams.vm", cfg, Map.of(
                            "module", trackModule(cfg),
                            "lastTile", cfg.tiles() - 1,
                            "lastChannel", cfg.channels() - 1,
                            "alpha", f.sci(cfg.trackingRatio(cfg.groups() - 1)),
                            "vZero", f.sci(model.trackedZeroV()),
                            "offsetSigmaV", offsetSigmaV,
                            "pedestalV", pedestalV))));
        }
        out.add(new OutputFile(dir + arrayFile(cfg),
                templates.render("vams/analog_array_electrical.vams.vm", cfg, array(cfg, model))));
        return out;
    }

    /**
     * The electrical views in compile order, each module before the ones that instantiate
     * it, the analog array last; the range-tracking stage only with adc.rangeShift.
     */
    public static List<String> fileNames(MacroConfig cfg) {
        List<String> names = new ArrayList<>(List.of(tileColumnFile(cfg), PortList.vtc(cfg).module() + "_electrical.vams"));
        if (cfg.tracksReference()) {
            names.add(trackFile(cfg));
        }
        names.add(cfg.moduleName("events") + ".vams");
        names.add(PortList.timeChain(cfg).module() + "_electrical.vams");
        names.add(arrayFile(cfg));
        return names;
    }

    public static String tileColumnFile(MacroConfig cfg) {
        return PortList.tileColumn(cfg).module() + "_electrical.vams";
    }

    /** The tracked channels' VTC input stage (adc.rangeShift k &gt; 0 only). */
    public static String trackModule(MacroConfig cfg) {
        return cfg.moduleName("vtc_track_electrical");
    }

    public static String trackFile(MacroConfig cfg) {
        return trackModule(cfg) + ".vams";
    }

    public static String arrayFile(MacroConfig cfg) {
        return PortList.analogArray(cfg).module() + "_electrical.vams";
    }

    /** A port list's scalar pins, inputs first (the order of every electrical module header). */
    public static List<String> pins(PortList list) {
        List<String> pins = new ArrayList<>(list.scalarPins(true));
        pins.addAll(list.scalarPins(false));
        return pins;
    }

    private static Map<String, Object> tileColumn(MacroConfig cfg) {
        PortList tile = PortList.tileColumn(cfg);
        Map<String, Object> t = blockShape(cfg);
        t.put("module", tile.module());
        t.put("pins", pins(tile));
        t.put("inPins", tile.scalarPins(true));
        t.put("outPins", tile.scalarPins(false));
        t.put("lastTile", cfg.tiles() - 1);
        t.put("lastInGroup", cfg.capGroup() - 1);
        t.put("sigmaUnit", Fmt.INSTANCE.sci(cfg.capMismatchPct() / 100.0));
        return t;
    }

    private static Map<String, Object> array(MacroConfig cfg, AnalogModel model) {
        Map<String, Object> a = blockShape(cfg);
        a.put("ports", PortList.analogArray(cfg));
        a.put("tileModule", PortList.tileColumn(cfg).module());
        a.put("vtcModule", PortList.vtc(cfg).module());
        a.put("chainModule", PortList.timeChain(cfg).module());
        a.put("roModule", PortList.ringOscillator(cfg).module());
        a.put("taps", MacroConfig.RO_TAPS);
        a.put("lastTap", MacroConfig.RO_TAPS - 1);
        a.put("lastTile", cfg.tiles() - 1);
        List<String> rowDrives = new ArrayList<>();
        for (int t = 0; t < cfg.tiles(); t++) {
            rowDrives.add(PortList.rowDrive(t));
        }
        a.put("rowDrive", rowDrives);
        a.put("trackModule", trackModule(cfg));
        a.put("trackingRatios", trackingRatios(cfg));
        a.put("offsetSigmaV", Fmt.INSTANCE.sci(cfg.comparatorOffsetMv() * 1e-3));
        // A trim code is half an oscillator period of ramp (model/AnalogModel.earlyTripNs).
        a.put("marginVPerCode", Fmt.INSTANCE.sci(model.vtcSlope() * model.roPeriodNs() / 2.0));
        return a;
    }

    /** Each group's tracking ratio (MacroConfig.trackingRatio), rendered exactly, group 0 first. */
    static List<String> trackingRatios(MacroConfig cfg) {
        List<String> ratios = new ArrayList<>();
        for (int g = 0; g < cfg.groups(); g++) {
            ratios.add(Fmt.INSTANCE.sci(cfg.trackingRatio(g)));
        }
        return ratios;
    }

    /** Loop bounds every view that unrolls a tile column needs. */
    private static Map<String, Object> blockShape(MacroConfig cfg) {
        Map<String, Object> m = new HashMap<>();
        m.put("lastRow", cfg.tileRows() - 1);
        m.put("lastInputBit", cfg.inputBits() - 1);
        m.put("lastWeightBit", cfg.weightBits() - 1);
        m.put("lastGroup", cfg.groups() - 1);
        m.put("groupNames", AmsEmitter.groupNames(cfg));
        return m;
    }
}
