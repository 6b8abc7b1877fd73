package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.aimcgen.config.MacroConfig;

/** Renders every artifact of one macro in memory, in a fixed order. */
public final class Generator {
    private final List<Emitter> emitters;

    public Generator() {
        Templates templates = new Templates();
        emitters = List.of(new RtlEmitter(templates), new AmsEmitter(templates),
                new SimEmitter(templates), new SdcEmitter(templates));
    }

    public List<OutputFile> generate(MacroConfig cfg) {
        return generate(cfg, msg -> { });
    }

    /** @param progress receives one line per step, for long runs */
    public List<OutputFile> generate(MacroConfig cfg, Consumer<String> progress) {
        List<OutputFile> files = new ArrayList<>();
        for (Emitter e : emitters) {
            long t0 = System.nanoTime();
            files.addAll(e.emit(cfg));
            progress.accept(String.format("  %-12s %6.0f ms", e.getClass().getSimpleName().replace("Emitter", ""),
                    (System.nanoTime() - t0) / 1e6));
        }
        files.addAll(Manifest.emit(cfg, files));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }
}
