package org.aimcgen.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Manifest;
import org.aimcgen.exec.PointTask;
import org.aimcgen.exec.TaskSpec;
import org.aimcgen.model.Metrics;

/**
 * One run of 'aimcgen simulate' (a --mc seed, a --corners corner) as a point of a batch. In this process it is
 * {@link SimulationRun#run}; on a cluster, {@code aimcgen task} runs {@link #runTask} in the run's own work
 * folder (workRoot/label, on the shared file system) and writes what it measured as JSON, which
 * {@link #read} joins back to the run's point.
 */
public final class SimulationTask implements PointTask<SimulationRun.Result> {
    public static final String KIND = "simulate-run";

    /** What a run measured, as result.json holds it (the point stays with the caller). */
    public record Measured(BenchSummary summary, Metrics simulated, double runSeconds, double vmmsPerSecond,
            Metrics model, String log, String waves, String plot) {
        static Measured of(SimulationRun.Result r) {
            return new Measured(r.summary(), r.simulated(), r.runSeconds(), r.vmmsPerSecond(), r.model(),
                    text(r.log()), text(r.waves()), text(r.plot()));
        }

        SimulationRun.Result with(SimulationRun.Point p) {
            return new SimulationRun.Result(p, summary, simulated, runSeconds, vmmsPerSecond, model, path(log),
                    path(waves), path(plot));
        }

        private static String text(Path p) {
            return p == null ? null : p.toString();
        }

        private static Path path(String s) {
            return s == null ? null : Path.of(s);
        }
    }

    private final SimulationRun.Point point;
    private final Path workRoot;
    private final SimulationRun.Options options;
    private final Consumer<String> progress;

    public SimulationTask(SimulationRun.Point point, Path workRoot, SimulationRun.Options options,
            Consumer<String> progress) {
        this.point = point;
        this.workRoot = workRoot;
        this.options = options;
        this.progress = progress;
    }

    @Override
    public SimulationRun.Result call() throws IOException, SimulationException {
        return SimulationRun.run(point, workRoot, options, progress);
    }

    @Override
    public TaskSpec spec() {
        Map<String, String> args = new TreeMap<>();
        args.put("nominal", String.valueOf(point.nominal()));
        args.put("workRoot", workRoot.toAbsolutePath().normalize().toString());
        args.put("simulator", options.sim().label());
        args.put("vmms", String.valueOf(options.vmms()));
        args.put("stimulusSeed", String.valueOf(options.stimulusSeed()));
        args.put("waves", String.valueOf(options.waves()));
        args.put("resultsOnly", String.valueOf(options.resultsOnly()));
        return new TaskSpec(KIND, point.label(), Manifest.resolvedYaml(point.cfg()), args);
    }

    @Override
    public SimulationRun.Result read(Path resultFile) throws IOException {
        return TaskSpec.JSON.readValue(resultFile.toFile(), Measured.class).with(point);
    }

    /** What {@code aimcgen task} runs for a simulate run's folder. */
    public static Measured runTask(TaskSpec spec, MacroConfig cfg, Consumer<String> progress)
            throws IOException, SimulationException {
        SimulationRun.Point p = new SimulationRun.Point(spec.label(), cfg, Boolean.parseBoolean(spec.arg("nominal")));
        SimulationRun.Options o = new SimulationRun.Options(Simulator.parse(spec.arg("simulator")),
                Integer.parseInt(spec.arg("vmms")), Long.parseLong(spec.arg("stimulusSeed")),
                Boolean.parseBoolean(spec.arg("waves")), Boolean.parseBoolean(spec.arg("resultsOnly")));
        return Measured.of(SimulationRun.run(p, Path.of(spec.arg("workRoot")), o, progress));
    }
}
