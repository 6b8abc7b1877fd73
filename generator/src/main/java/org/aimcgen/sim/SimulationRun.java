package org.aimcgen.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.emit.SimEmitter;
import org.aimcgen.model.Metrics;
import org.aimcgen.model.VmmRun;

/**
 * One end-to-end simulation: the macro generated into its own work root (unchanged
 * folders are left alone, so make reuses a compiled bench), a run of VMMs written into the
 * bench's build/run/ folder, the bench compiled with sim/NAME/Makefile and run there.
 */
public final class SimulationRun {
    private static final Pattern PROGRESS = Pattern.compile("^progress: (\\d+) of (\\d+) VMMs");
    /** Seconds between progress lines on the console. */
    private static final double PROGRESS_EVERY_S = 2.0;
    /** Bench lines about disagreements shown on the console (all are in the log). */
    private static final int SHOWN_DISAGREEMENTS = 10;

    /**
     * A point of a sweep: a label for its folder, the configuration it runs, and whether it
     * is the sweep's nominal run (the configuration's own seed at its own or the nominal
     * corner), which a sweep's spread is measured against.
     */
    public record Point(String label, MacroConfig cfg, boolean nominal) {
    }

    /** How to run: simulator, VMMs, stimulus seed, waveforms, per-channel readback skipped. */
    public record Options(Simulator sim, int vmms, long stimulusSeed, boolean waves, boolean resultsOnly) {
    }

    /**
     * What a run measured: the bench's summary, the simulated results' error, SNR and
     * saturated count (read back from vmm_results.txt), and the model's own, which the
     * bench must reproduce.
     */
    public record Result(Point point, BenchSummary summary, Metrics simulated, double runSeconds,
            double vmmsPerSecond, Metrics model, Path log, Path waves, Path plot) {
    }

    private SimulationRun() {
    }

    public static Result run(Point p, Path workRoot, Options o, Consumer<String> progress)
            throws IOException, SimulationException {
        MacroConfig cfg = p.cfg();
        Simulator sim = o.sim();
        int vmms = o.vmms();
        boolean waves = o.waves();
        // Absolute: make and the simulator run in other folders.
        Path root = workRoot.toAbsolutePath().normalize().resolve(p.label());
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path simDir = root.resolve(Layout.simDir(cfg));
        Path runDir = simDir.resolve("build").resolve("run");
        Files.createDirectories(runDir);
        try (Stream<Path> old = Files.list(runDir)) {
            for (Path f : old.filter(f -> f.getFileName().toString().startsWith("vmm_")).toList()) {
                Files.delete(f);
            }
        }
        VmmRun run = VmmRun.create(cfg, vmms, o.stimulusSeed());
        for (Map.Entry<String, String> f : run.files().entrySet()) {
            Files.writeString(runDir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        String bench = SimEmitter.VMM_BENCH;
        progress.accept(String.format(Locale.ROOT, "  [%s] building %s in %s (%s)", p.label(), bench, sim.label(),
                sim == Simulator.VERILATOR ? "minutes for a large macro, then cached" : "seconds"));
        Path makeLog = simDir.resolve("build").resolve("make_" + sim.label() + ".log");
        int rc = exec(List.of("make", "-C", simDir.toString(), sim.buildTarget(bench, waves)), simDir, makeLog,
                line -> { });
        if (rc != 0) {
            throw new SimulationException("building " + bench + " failed (make exit " + rc + "):\n" + tail(makeLog));
        }
        List<String> plusargs = new ArrayList<>(List.of("+progress=1"));
        if (waves) {
            plusargs.add("+waves");
        }
        if (o.resultsOnly()) {
            plusargs.add("+results_only");
        }
        Path log = runDir.resolve(bench + "_" + sim.label() + ".log");
        long t0 = System.nanoTime();
        Tracker tracker = new Tracker(p.label(), vmms, t0, progress);
        rc = exec(sim.runCommand(bench, waves, plusargs), runDir, log, tracker);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (tracker.summary == null) {
            throw new SimulationException(bench + " ended (exit " + rc + ") without a summary line:\n" + tail(log));
        }
        Path vcd = waves ? runDir.resolve(bench + ".vcd") : null;
        Path resultsFile = runDir.resolve(ResultsFile.NAME);
        Metrics simulated = ResultsFile.metrics(cfg, resultsFile);
        Path plot = TransferPlot.write(cfg, resultsFile, runDir.resolve("transfer.svg"),
                String.format(Locale.ROOT, "%s, %s: %d VMMs at %s V, %s C (%s)", cfg.name(), p.label(), vmms,
                        cfg.vdd(), cfg.tempC(), sim.label()));
        return new Result(p, tracker.summary, simulated, seconds, tracker.rate(seconds), run.modelMetrics(), log, vcd,
                plot);
    }

    /** Reads the bench's lines: progress, disagreements, the summary. */
    private static final class Tracker implements Consumer<String> {
        private final String label;
        private final int vmms;
        private final long t0;
        private final Consumer<String> progress;
        private BenchSummary summary;
        private long firstNs;
        private int firstDone = -1;
        private long lastNs;
        private int lastDone;
        private long shownNs;
        private int disagreements;

        Tracker(String label, int vmms, long t0, Consumer<String> progress) {
            this.label = label;
            this.vmms = vmms;
            this.t0 = t0;
            this.progress = progress;
            this.shownNs = t0;
        }

        @Override
        public void accept(String line) {
            long now = System.nanoTime();
            Matcher m = PROGRESS.matcher(line);
            if (m.find()) {
                int done = Integer.parseInt(m.group(1));
                if (firstDone < 0) {
                    firstDone = done;
                    firstNs = now;
                }
                lastDone = done;
                lastNs = now;
                if ((now - shownNs) / 1e9 >= PROGRESS_EVERY_S && done < vmms) {
                    shownNs = now;
                    double elapsed = (now - t0) / 1e9;
                    double rate = steadyRate();
                    progress.accept(String.format(Locale.ROOT, "  [%s] %d of %d VMMs, %.1f s, %s", label, done,
                            vmms, elapsed, rate > 0 ? String.format(Locale.ROOT, "%.3g VMM/s, about %.0f s left",
                                    rate, (vmms - done) / rate) : "measuring speed"));
                }
                return;
            }
            var s = BenchSummary.parse(line);
            if (s.isPresent()) {
                summary = s.get();
            } else if (line.startsWith("VMM ") && disagreements++ < SHOWN_DISAGREEMENTS) {
                progress.accept("  [" + label + "] " + line);
            }
        }

        /** VMMs per second after the first VMM (weight loading and start-up excluded). */
        double steadyRate() {
            return lastDone > firstDone ? (lastDone - firstDone) / ((lastNs - firstNs) / 1e9) : 0.0;
        }

        double rate(double totalSeconds) {
            double steady = steadyRate();
            return steady > 0 ? steady : (summary == null ? 0 : summary.vmms() / totalSeconds);
        }
    }

    /** Runs a command in a folder, every output line to the log and to the consumer. */
    static int exec(List<String> cmd, Path dir, Path log, Consumer<String> lines) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Process proc = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                w.println(line);
                lines.accept(line);
            }
        }
        try {
            return proc.waitFor();
        } catch (InterruptedException e) {
            proc.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())) + "\n(whole log: " + log
                + ")";
    }
}
