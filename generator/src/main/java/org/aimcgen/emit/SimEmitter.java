package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.emit.bench.ArrayStandIn;
import org.aimcgen.emit.bench.BenchContext;
import org.aimcgen.emit.bench.BenchEmitter;
import org.aimcgen.emit.bench.EarlyComparatorBench;
import org.aimcgen.emit.bench.MacroAmsBench;
import org.aimcgen.emit.bench.MacroBench;
import org.aimcgen.emit.bench.RegisterInclude;
import org.aimcgen.emit.bench.RingOscBench;
import org.aimcgen.emit.bench.RngBench;
import org.aimcgen.emit.bench.SequencerBench;
import org.aimcgen.emit.bench.TileColumnBench;
import org.aimcgen.emit.bench.TimeChainBench;
import org.aimcgen.emit.bench.VmmBench;
import org.aimcgen.emit.bench.VtcBench;

/**
 * sim/NAME/: the test benches, each from its own small emitter with the stimulus and
 * expected files of the Java golden models, the stand-in and stub of the analog array, and
 * the Makefile. Each bench is a part of its own, so the generator runs them in parallel.
 */
public final class SimEmitter implements Emitter {
    /** The benches, in the Makefile's order. */
    static final List<BenchEmitter> BENCH_EMITTERS = List.of(new SequencerBench(), new TileColumnBench(),
            new VtcBench(), new EarlyComparatorBench(), new TimeChainBench(), new RingOscBench(), new RngBench(),
            new MacroBench(), new MacroAmsBench(), new VmmBench());
    /** The benches whose golden models run whole VMMs of the whole macro. */
    private static final java.util.Set<String> WHOLE_MACRO = java.util.Set.of("tb_macro_ams", "tb_vmm", "tb_macro");

    /** The benches of this macro: the early comparator's only with dual threshold. */
    static List<BenchEmitter> benchEmitters(org.aimcgen.config.MacroConfig cfg) {
        return BENCH_EMITTERS.stream().filter(b -> cfg.dualThreshold() || !(b instanceof EarlyComparatorBench))
                .toList();
    }

    /** The names of this macro's benches, in the Makefile's order. */
    public static List<String> benches(org.aimcgen.config.MacroConfig cfg) {
        return benchEmitters(cfg).stream().map(BenchEmitter::name).toList();
    }
    /** The end-to-end bench that 'aimcgen simulate' runs. */
    public static final String VMM_BENCH = VmmBench.NAME;

    private final Templates templates;

    public SimEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        List<OutputFile> out = new ArrayList<>();
        for (Part p : parts(ctx)) {
            out.addAll(p.work().get());
        }
        return out;
    }

    @Override
    public List<Part> parts(MacroContext ctx) {
        BenchContext bench = BenchContext.of(ctx.model(), templates);
        List<Part> parts = new ArrayList<>();
        // The benches with golden models of the whole macro first: they take longest.
        List<BenchEmitter> schedule = benchEmitters(ctx.cfg()).stream()
                .sorted(java.util.Comparator.comparing(b -> !WHOLE_MACRO.contains(b.name()))).toList();
        for (BenchEmitter b : schedule) {
            parts.add(new Part("Sim " + b.name(), () -> b.emit(bench)));
        }
        ArrayStandIn standIn = new ArrayStandIn();
        parts.add(new Part("Sim " + standIn.name(), () -> standIn.emit(bench)));
        parts.add(new Part("Sim registers", () -> List.of(RegisterInclude.emit(bench))));
        parts.add(new Part("Sim spice", () -> new org.aimcgen.emit.bench.SpiceBench().emit(bench)));
        parts.add(new Part("Sim Makefile", () -> List.of(bench.file("Makefile", makefile(bench)))));
        parts.add(new Part("Sim sta", () -> staScripts(bench)));
        return parts;
    }

    /**
     * The scripts of 'make sta' (sim/NAME/sta/): yosys mapping, its ABC script, the library
     * filter, OpenSTA; and of 'make timing': the macro pins' timing for its Liberty.
     */
    static final List<String> STA_SCRIPTS = List.of("synth.ys", "abc.script", "dont_use.awk", "sta.tcl", "timing.tcl");

    private List<OutputFile> staScripts(BenchContext ctx) {
        org.aimcgen.config.MacroConfig cfg = ctx.cfg();
        String root = "../../";
        Map<String, Object> values = Map.of(
                "rtlDir", root + Layout.rtlDir(cfg),
                "rtlFiles", RtlEmitter.fileNames(cfg),
                "rtlTop", RtlEmitter.topModule(cfg),
                "arrayLib", root + LibertyEmitter.file(cfg),
                "sdc", root + Layout.sdcFile(cfg),
                // ABC sizes for the tighter clock, the oscillator's.
                "abcDelayPs", Math.round(SdcEmitter.roPeriodNs(cfg) * 1000.0),
                "clockPin", org.aimcgen.rtl.MacroPorts.CLOCK,
                "hostInputs", String.join(" ", SdcEmitter.hostInputs(cfg)));
        List<OutputFile> out = new ArrayList<>();
        for (String script : STA_SCRIPTS) {
            out.add(ctx.file("sta/" + script, ctx.render("sta/" + script + ".vm", values)));
        }
        return out;
    }

    private String makefile(BenchContext ctx) {
        return ctx.render("make/Makefile.vm", Map.of(
                "rtlFiles", RtlEmitter.fileNames(ctx.cfg()),
                "amsFiles", AmsEmitter.fileNames(ctx.cfg()),
                "standIn", ArrayStandIn.standIn(ctx.cfg()),
                "amsArray", AmsEmitter.arrayFile(ctx.cfg()),
                "stub", ArrayStandIn.stub(ctx.cfg()),
                "rtlTop", RtlEmitter.topModule(ctx.cfg()),
                "regsInclude", RegisterInclude.fileName(ctx.cfg()),
                "timingFile", MacroTiming.COMMITTED,
                "benches", benches(ctx.cfg()),
                "spiceBlocks", org.aimcgen.emit.bench.SpiceBench.blocks(ctx.cfg())));
    }
}
