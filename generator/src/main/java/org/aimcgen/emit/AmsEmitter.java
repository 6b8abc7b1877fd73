package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.ports.PortList;

/**
 * Behavioural models of the analog datapath, rendered from the Velocity templates. Every
 * real-number model includes one shared equations file, whose constants come from the
 * same values as model/AnalogModel.java.
 */
public final class AmsEmitter implements Emitter {
    private final Templates templates;

    public AmsEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        String dir = Layout.amsDir(cfg) + "/";
        List<OutputFile> out = new ArrayList<>();
        out.addAll(new ElectricalEmitter(templates).emit(ctx.model(), dir));
        out.add(new OutputFile(dir + functionsFile(cfg), templates.render("vams/functions.vh.vm", cfg, functionValues(ctx.model()))));
        out.add(new OutputFile(dir + wrealFile(cfg, "tile_column"), templates.render("vams/tile_column_wreal.vams.vm", cfg,
                Map.of("ports", PortList.tileColumn(cfg), "lastGroup", cfg.groups() - 1,
                        "groupNames", groupNames(cfg), "functions", functionsFile(cfg)))));
        out.add(new OutputFile(dir + wrealFile(cfg, "vtc"), templates.render("vams/vtc_wreal.vams.vm", cfg,
                Map.of("ports", PortList.vtc(cfg), "functions", functionsFile(cfg)))));
        if (cfg.dualThreshold()) {
            out.add(new OutputFile(dir + wrealFile(cfg, "early_comparator"),
                    templates.render("vams/early_comparator_wreal.vams.vm", cfg,
                            Map.of("ports", PortList.earlyComparatorReal(cfg), "functions", functionsFile(cfg)))));
        }
        out.add(new OutputFile(dir + wrealFile(cfg, "time_chain"), templates.render("vams/time_chain_wreal.vams.vm", cfg,
                Map.of("ports", PortList.timeChain(cfg), "functions", functionsFile(cfg), "lastTile", cfg.tiles() - 1))));
        out.add(new OutputFile(dir + wrealFile(cfg, "ring_osc"), templates.render("vams/ring_osc_wreal.vams.vm", cfg,
                Map.of("ports", PortList.ringOscillator(cfg), "functions", functionsFile(cfg),
                        "taps", MacroConfig.RO_TAPS))));
        List<String> rowDrives = new ArrayList<>();
        for (int t = 0; t < cfg.tiles(); t++) {
            rowDrives.add(PortList.rowDrive(t));
        }
        out.add(new OutputFile(dir + arrayFile(cfg), templates.render("vams/analog_array_wreal.vams.vm", cfg, Map.of(
                "ports", PortList.analogArray(cfg), "functions", functionsFile(cfg), "taps", MacroConfig.RO_TAPS,
                "lastTile", cfg.tiles() - 1, "rowDrive", rowDrives))));
        List<String> all = new ArrayList<>(fileNames(cfg));
        all.add(arrayFile(cfg));
        out.add(new OutputFile(dir + cfg.name() + "_ams.f",
                templates.render("rtl/filelist.f.vm", cfg, Map.of("files", all))));
        return out;
    }

    /**
     * The real-number model files, in compile order (the equations file is included, not
     * listed). The early comparator exists only with dual threshold.
     */
    public static List<String> fileNames(MacroConfig cfg) {
        List<String> blocks = new ArrayList<>(List.of("tile_column", "vtc", "ring_osc"));
        if (cfg.dualThreshold()) {
            blocks.add("early_comparator");
        }
        blocks.add("time_chain");
        return blocks.stream().map(b -> wrealFile(cfg, b)).toList();
    }

    private static String wrealFile(MacroConfig cfg, String block) {
        return cfg.moduleName(block) + "_wreal.vams";
    }

    /** The whole analog array (the RTL black box's module): listed apart from the blocks. */
    public static String arrayFile(MacroConfig cfg) {
        return cfg.moduleName("analog_array") + "_wreal.vams";
    }

    public static String functionsFile(MacroConfig cfg) {
        return cfg.moduleName("functions") + ".vh";
    }

    /** The constants of the shared equations, each printed exactly (shortest round-trip decimal). */
    static Map<String, Object> functionValues(AnalogModel model) {
        MacroConfig cfg = model.config();
        Fmt f = Fmt.INSTANCE;
        Map<String, Object> v = new HashMap<>();
        v.put("tech", cfg.technology());
        v.put("fineSteps", MacroConfig.FINE_STEPS);
        v.put("vtcDelaySteps", f.sci(AnalogModel.VTC_DELAY_STEPS));
        v.put("roPeriodNominalNs", f.sci(cfg.technology().roPeriodPs() / 1000.0));
        v.put("unitCapF", f.sci(cfg.unitCapFf() * 1e-15));
        v.put("sigmaUnit", f.sci(cfg.capMismatchPct() / 100.0));
        v.put("offsetSigmaV", f.sci(cfg.comparatorOffsetMv() * 1e-3));
        v.put("alphaRo", AnalogModel.ALPHA_RO);
        v.put("alphaVtc", AnalogModel.ALPHA_VTC);
        v.put("rampMirrorPerV", org.aimcgen.config.Technology.RAMP_MIRROR_PER_V);
        v.put("mobilityExponent", AnalogModel.MOBILITY_EXPONENT);
        v.put("vthTempco", f.sci(AnalogModel.VTH_TEMPCO));
        v.put("comparatorNoiseV", f.sci(model.comparatorNoiseV()));
        v.put("autoZeroResidue", AnalogModel.AUTO_ZERO_RESIDUE);
        v.put("pedestalV", f.sci(model.pedestalV()));
        v.put("trackingRatios", ElectricalEmitter.trackingRatios(cfg));
        v.put("lastGroup", cfg.groups() - 1);
        v.put("trackedZeroV", f.sci(model.trackedZeroV()));
        v.put("boltzmann", f.sci(AnalogModel.BOLTZMANN));
        return v;
    }

    public static List<String> groupNames(MacroConfig cfg) {
        List<String> names = new ArrayList<>();
        for (int g = 0; g < cfg.groups(); g++) {
            names.add(PortList.groupVoltage(g));
        }
        return names;
    }
}
