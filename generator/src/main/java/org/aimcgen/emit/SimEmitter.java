package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.StandInModel;
import org.aimcgen.model.Stimulus;
import org.aimcgen.model.VmmRun;
import org.aimcgen.ports.PortList;
import org.aimcgen.rtl.RegisterMap;
import org.aimcgen.rtl.Sequencer;

/**
 * Test benches, their stimulus and expected-result files (from the Java golden model) and
 * the Makefile of sim/NAME/.
 */
public final class SimEmitter implements Emitter {
    public static final List<String> BENCHES = List.of("tb_sequencer", "tb_tile_column", "tb_vtc",
            "tb_early_comparator", "tb_time_chain", "tb_ring_osc", "tb_rng", "tb_macro", "tb_macro_ams", "tb_vmm");
    /** Test words of tb_rng: enough to meet every limb carry pattern many times, still instant. */
    static final int RNG_BENCH_VECTORS = 4000;

    /** The end-to-end bench that 'aimcgen simulate' runs. */
    public static final String VMM_BENCH = "tb_vmm";
    /** Macros up to this many cells dump every signal with +waves; larger ones the top levels. */
    static final long WAVES_ALL_CELLS = 1L << 14;

    private final Templates templates;

    public SimEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroConfig cfg) {
        String dir = Layout.simDir(cfg) + "/";
        List<OutputFile> out = new ArrayList<>();
        List<String> phases = Sequencer.PHASES.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        List<String> msbFirst = new ArrayList<>(phases);
        java.util.Collections.reverse(msbFirst);
        out.add(new OutputFile(dir + "tb_sequencer.v", templates.render("tb/tb_sequencer.v.vm", cfg, Map.of(
                "module", cfg.moduleName("sequencer"),
                "phases", phases,
                "phasesMsbFirst", msbFirst,
                "lengthBits", MacroConfig.PHASE_LENGTH_BITS,
                "sharePhase", Sequencer.PHASES.indexOf("SHARE")))));
        Stimulus.Sequencer seq = Stimulus.sequencer(cfg);
        out.add(new OutputFile(dir + "sequencer_stimulus.txt", seq.stimulus()));
        out.add(new OutputFile(dir + "sequencer_expected.txt", seq.expected()));

        PortList tile = PortList.tileColumn(cfg);
        out.add(new OutputFile(dir + "tb_tile_column.v", templates.render("tb/tb_tile_column.v.vm", cfg, Map.of(
                "ports", tile,
                "benchTile", Stimulus.BENCH_TILE.applyAsInt(cfg),
                "benchCol", Stimulus.BENCH_COL,
                "xWidth", cfg.tileRows() * cfg.inputBits(),
                "wWidth", cfg.tileRows() * cfg.weightBits(),
                "lastGroup", cfg.groups() - 1,
                "groupNames", AmsEmitter.groupNames(cfg)))));
        Stimulus.TileColumn tc = Stimulus.tileColumn(cfg);
        out.add(new OutputFile(dir + "tile_column_stimulus.txt", tc.stimulus()));
        out.add(new OutputFile(dir + "tile_column_expected.txt", tc.expected()));

        Stimulus.Vtc vtc = Stimulus.vtc(cfg);
        out.add(new OutputFile(dir + "tb_vtc.v", templates.render("tb/tb_vtc.v.vm", cfg, Map.of(
                "ports", PortList.vtc(cfg),
                "benchTile", Stimulus.BENCH_TILE.applyAsInt(cfg),
                "benchChannel", Stimulus.BENCH_CHANNEL,
                "sweep", Stimulus.VTC_SWEEP,
                "vectors", vtc.stimulus().split("\n").length))));
        out.add(new OutputFile(dir + "vtc_stimulus.txt", vtc.stimulus()));
        out.add(new OutputFile(dir + "vtc_expected.txt", vtc.expected()));
        out.add(new OutputFile(dir + "tb_early_comparator.v", templates.render("tb/tb_early_comparator.v.vm", cfg,
                Map.of("ports", PortList.earlyComparatorReal(cfg),
                        "benchTile", Stimulus.BENCH_TILE.applyAsInt(cfg),
                        "benchChannel", Stimulus.BENCH_CHANNEL,
                        "marginBits", PortList.EARLY_MARGIN_BITS))));
        Stimulus.Vtc early = Stimulus.early(cfg);
        out.add(new OutputFile(dir + "early_stimulus.txt", early.stimulus()));
        out.add(new OutputFile(dir + "early_expected.txt", early.expected()));
        out.add(new OutputFile(dir + "tb_time_chain.v", templates.render("tb/tb_time_chain.v.vm", cfg, Map.of(
                "ports", PortList.timeChain(cfg),
                "benchChannel", Stimulus.BENCH_CHANNEL,
                "lastTile", cfg.tiles() - 1))));
        Stimulus.Vtc chain = Stimulus.chain(cfg);
        out.add(new OutputFile(dir + "chain_stimulus.txt", chain.stimulus()));
        out.add(new OutputFile(dir + "chain_expected.txt", chain.expected()));
        out.add(new OutputFile(dir + "tb_ring_osc.v", templates.render("tb/tb_ring_osc.v.vm", cfg, Map.of(
                "ports", PortList.ringOscillator(cfg),
                "taps", MacroConfig.RO_TAPS,
                "periodNs", Fmt.INSTANCE.sci(new org.aimcgen.model.AnalogModel(cfg).roPeriodNs())))));
        out.add(new OutputFile(dir + "tb_rng.v", templates.render("tb/tb_rng.v.vm", cfg, Map.of(
                "functions", AmsEmitter.functionsFile(cfg), "vectors", RNG_BENCH_VECTORS))));

        PortList array = PortList.analogArray(cfg);
        out.add(new OutputFile(dir + stub(cfg), templates.render("sim/analog_array_stub.v.vm", cfg, Map.of("ports", array))));
        List<String> rowDrives = new ArrayList<>();
        for (int t = 0; t < cfg.tiles(); t++) {
            rowDrives.add(PortList.rowDrive(t));
        }
        out.add(new OutputFile(dir + standIn(cfg), templates.render("sim/analog_array_standin.v.vm", cfg, Map.of(
                "ports", array,
                "taps", MacroConfig.RO_TAPS,
                "fineSteps", MacroConfig.FINE_STEPS,
                "fullScaleSum", StandInModel.fullScaleSum(cfg),
                "vtcDelaySteps", cfg.tiles() * MacroConfig.VTC_DELAY_STEPS_PER_TILE,
                "stepNs", Fmt.INSTANCE.real(cfg.tdcStepPs() / 1000.0),
                "lastTile", cfg.tiles() - 1,
                "rowDrive", rowDrives))));

        Stimulus.Macro macro = Stimulus.macro(cfg);
        Map<String, Object> tb = new java.util.HashMap<>();
        tb.put("actBits", cfg.actWordRows() * cfg.inputBits());
        tb.put("actWords", cfg.rows() / cfg.actWordRows());
        tb.put("wordsPerTile", cfg.tileRows() / cfg.actWordRows());
        tb.put("wtBits", cfg.weightWordCols() * cfg.weightBits());
        tb.put("rowBits", MacroConfig.bitsFor(cfg.rows()));
        tb.put("wordIndexBits", MacroConfig.bitsFor(cfg.weightWords()));
        tb.put("colBits", MacroConfig.bitsFor(cfg.cols()));
        tb.put("vmmCount", macro.vmmCount());
        tb.put("readbacks", macro.readback().split("\n").length);
        tb.put("driveCycles", cfg.defaultPhaseCycles()[0]);
        tb.put("registers", List.of(RegisterMap.values()));
        tb.put("lastTile", cfg.tiles() - 1);
        tb.put("rowDrive", rowDrives);
        tb.put("ctrlGating", RegisterMap.CTRL_GATING);
        tb.put("ctrlAutoStart", RegisterMap.CTRL_AUTO_START);
        tb.put("ctrlIrq", RegisterMap.CTRL_IRQ_ENABLE);
        tb.put("statusDone", RegisterMap.STATUS_DONE);
        tb.put("benchName", "tb_macro");
        tb.put("summary", "macro");
        tb.put("expectedFile", "macro_expected.txt");
        out.add(new OutputFile(dir + "tb_macro.v", templates.render("tb/tb_macro.v.vm", cfg, tb)));
        // The same bench around the real-number analog array, against the analog model.
        tb.put("benchName", "tb_macro_ams");
        tb.put("summary", "macro_ams");
        tb.put("expectedFile", "macro_ams_expected.txt");
        out.add(new OutputFile(dir + "tb_macro_ams.v", templates.render("tb/tb_macro.v.vm", cfg, tb)));
        out.add(new OutputFile(dir + "macro_ams_expected.txt", Stimulus.macroAnalogExpected(cfg)));
        out.addAll(vmmBench(cfg, dir, tb));
        out.add(new OutputFile(dir + "macro_weights.hex", macro.weights()));
        out.add(new OutputFile(dir + "macro_vmms.txt", macro.vmms()));
        out.add(new OutputFile(dir + "macro_inputs.hex", macro.inputs()));
        out.add(new OutputFile(dir + "macro_expected.txt", macro.expected()));
        out.add(new OutputFile(dir + "macro_readback.txt", macro.readback()));

        out.add(new OutputFile(dir + "Makefile", templates.render("make/Makefile.vm", cfg, Map.of(
                "rtlFiles", RtlEmitter.fileNames(cfg),
                "amsFiles", AmsEmitter.fileNames(cfg),
                "standIn", standIn(cfg),
                "amsArray", AmsEmitter.arrayFile(cfg),
                "stub", stub(cfg),
                "rtlTop", RtlEmitter.topModule(cfg),
                "benches", BENCHES))));
        return out;
    }

    /**
     * tb_vmm, the end-to-end bench, with a short run of VMMs (aimcgen simulate writes
     * longer ones into the bench's build folder).
     */
    private List<OutputFile> vmmBench(MacroConfig cfg, String dir, Map<String, Object> harness) {
        Map<String, Object> tb = new java.util.HashMap<>(harness);
        tb.put("benchName", VMM_BENCH);
        tb.put("summary", "VMM");
        tb.put("resultPerMac", Fmt.INSTANCE.sci(VmmRun.resultPerMac(cfg)));
        tb.put("fullScaleResult", Fmt.INSTANCE.sci(VmmRun.fullScaleResult(cfg)));
        tb.put("waveDepth", (long) cfg.rows() * cfg.cols() <= WAVES_ALL_CELLS ? 0 : 2);
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile(dir + VMM_BENCH + ".v", templates.render("tb/tb_vmm.v.vm", cfg, tb)));
        VmmRun.create(cfg, VmmRun.PRESET_VMMS, VmmRun.DEFAULT_STIMULUS_SEED).files()
                .forEach((name, text) -> out.add(new OutputFile(dir + name, text)));
        return out;
    }


    /** Port-only analog array for lint and synthesis (file named after its module, as lint wants). */
    public static String stub(MacroConfig cfg) {
        return "stub/" + cfg.moduleName("analog_array") + ".v";
    }

    public static String standIn(MacroConfig cfg) {
        return cfg.moduleName("analog_array_standin") + ".v";
    }
}
