package org.aimcgen.emit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Fmt;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.model.VmmRun;

/**
 * tb_vmm, the end-to-end bench, with a short run of VMMs (aimcgen simulate writes longer
 * ones into the bench's build folder).
 */
public final class VmmBench implements BenchEmitter {
    /** The bench 'aimcgen simulate' runs. */
    public static final String NAME = "tb_vmm";
    /** Macros up to this many cells dump every signal with +waves; larger ones the top levels. */
    static final long WAVES_ALL_CELLS = 1L << 14;

    /**
     * The files the bench reads from its working folder, besides itself: those of
     * {@link VmmRun#files} for the preset run (the FuseSoC core copies them into its work folder).
     */
    public static List<String> dataFiles() {
        return VmmRun.fileNames(VmmRun.PRESET_VMMS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<OutputFile> emit(BenchContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Map<String, Object> tb = MacroHarness.values(cfg, NAME, "VMM");
        tb.put("resultPerMac", Fmt.INSTANCE.sci(VmmRun.resultPerMac(cfg)));
        tb.put("fullScaleResult", Fmt.INSTANCE.sci(VmmRun.fullScaleResult(cfg)));
        tb.put("waveDepth", (long) cfg.rows() * cfg.cols() <= WAVES_ALL_CELLS ? 0 : 2);
        List<OutputFile> out = new ArrayList<>();
        out.add(ctx.bench(NAME, tb));
        VmmRun.create(ctx.model(), VmmRun.PRESET_VMMS, VmmRun.DEFAULT_STIMULUS_SEED).files()
                .forEach((file, text) -> out.add(ctx.file(file, text)));
        return out;
    }
}
