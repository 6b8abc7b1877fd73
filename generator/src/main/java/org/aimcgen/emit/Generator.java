package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.aimcgen.config.MacroConfig;

/**
 * Renders every artifact of one macro in memory. The emitters' parts are independent, so
 * they run on every core (SpinalHDL's elaboration of the RTL on one while the benches'
 * golden models run on the others); the files come out sorted by path, so the result does
 * not depend on which part finished first.
 */
public final class Generator {
    /** SpinalHDL elaborates recursively: worker threads get the stack a deep design needs. */
    private static final long WORKER_STACK_BYTES = 256L << 20;

    private final List<Emitter> emitters;

    public Generator() {
        Templates templates = new Templates();
        // The RTL first: it is the longest part and runs on one thread.
        emitters = List.of(new RtlEmitter(templates), new SimEmitter(templates), new AmsEmitter(templates),
                new SdcEmitter(templates), new LibertyEmitter(templates), new MacroLibertyEmitter(templates),
                new LefEmitter(templates), new ParentViewEmitter(templates), new FuseSocCoreEmitter(templates),
                new RdlEmitter(templates));
    }

    public List<OutputFile> generate(MacroConfig cfg) {
        return generate(cfg, null, msg -> { });
    }

    public List<OutputFile> generate(MacroConfig cfg, Consumer<String> progress) {
        return generate(cfg, null, progress);
    }

    /**
     * @param timing the pins' measured timing (null: no macro Liberty); it must have been
     *        measured on the RTL generated here, or generation fails
     * @param progress receives one line per finished part, for long runs
     */
    public List<OutputFile> generate(MacroConfig cfg, MacroTiming timing, Consumer<String> progress) {
        long t0 = System.nanoTime();
        MacroContext ctx = MacroContext.of(cfg, timing);
        List<Emitter.Part> parts = new ArrayList<>();
        for (Emitter e : emitters) {
            parts.addAll(e.parts(ctx));
        }
        int threads = Math.min(parts.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                r -> new Thread(null, r, "aimcgen-emit", WORKER_STACK_BYTES));
        List<OutputFile> files = new ArrayList<>();
        try {
            ExecutorCompletionService<Done> done = new ExecutorCompletionService<>(pool);
            for (Emitter.Part p : parts) {
                done.submit(() -> {
                    long start = System.nanoTime();
                    List<OutputFile> out = p.work().get();
                    return new Done(p.name(), out, (System.nanoTime() - start) / 1e6);
                });
            }
            for (int i = 0; i < parts.size(); i++) {
                Done d = take(done);
                files.addAll(d.files());
                progress.accept(String.format(Locale.ROOT, "  %-26s %7.0f ms  (%d of %d parts, %.1f s)", d.name(),
                        d.ms(), i + 1, parts.size(), (System.nanoTime() - t0) / 1e9));
            }
        } finally {
            pool.shutdownNow();
        }
        if (timing != null && !timing.rtlSha256().equals(MacroTiming.rtlDigest(cfg, files))) {
            throw new StaleTimingException(cfg);
        }
        files.addAll(Manifest.emit(cfg, files));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** The timing file was measured on other RTL than this configuration's. */
    public static final class StaleTimingException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        StaleTimingException(MacroConfig cfg) {
            super("the timing file of " + cfg.name() + " was measured on other RTL than this configuration's:"
                    + " generate without it, then run 'make macro-lib' in sim/" + cfg.name());
        }
    }

    private record Done(String name, List<OutputFile> files, double ms) {
    }

    /** The next finished part; a part's failure is rethrown as it was. */
    private static Done take(ExecutorCompletionService<Done> done) {
        try {
            Future<Done> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
