package org.aimcgen.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Manifest;
import org.aimcgen.exec.PointTask;
import org.aimcgen.exec.TaskSpec;
import org.aimcgen.model.estimate.Datasheet;
import org.aimcgen.sim.SimulationException;
import org.aimcgen.sim.SimulationRun;
import org.aimcgen.sim.Simulator;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * One valid point of a grid sweep: its estimate and, with --simulate, its simulation. In this process it runs
 * through the sweep's evaluator; on a cluster, {@code aimcgen task} runs {@link #runTask} on its task folder and
 * the result comes back as JSON. Both give the same {@link SweepPoint}: the same code on the same configuration.
 */
public final class SweepPointTask implements PointTask<SweepPoint> {
    public static final String KIND = "sweep-point";

    /** --simulate N: how each valid point is simulated, and under which work folder. */
    public record Simulation(SimulationRun.Options options, Path workRoot) {
    }

    private final int index;
    private final List<String> values;
    private final MacroConfig cfg;
    private final Datasheet.Options estimate;
    private final Simulation simulation;
    private final Consumer<String> progress;

    public SweepPointTask(int index, List<String> values, MacroConfig cfg, Datasheet.Options estimate,
            Simulation simulation, Consumer<String> progress) {
        this.index = index;
        this.values = List.copyOf(values);
        this.cfg = cfg;
        this.estimate = estimate;
        this.simulation = simulation;
        this.progress = progress;
    }

    @Override
    public SweepPoint call() throws IOException, SimulationException {
        return run(index, values, cfg, estimate, simulation, progress);
    }

    private static SweepPoint run(int index, List<String> values, MacroConfig cfg, Datasheet.Options estimate,
            Simulation simulation, Consumer<String> progress) throws IOException, SimulationException {
        SweepPoint p = PointEvaluator.estimate(index, values, cfg, estimate);
        if (simulation == null || !p.valid()) {
            return p;
        }
        return PointSimulation.run(p, cfg, simulation.workRoot(), simulation.options(), progress);
    }

    @Override
    public TaskSpec spec() {
        Map<String, String> args = new TreeMap<>();
        args.put("index", String.valueOf(index));
        args.put("values", json(values));
        args.put("estimateSeeds", String.valueOf(estimate.seeds()));
        args.put("estimateVmmsPerSeed", String.valueOf(estimate.vmmsPerSeed()));
        args.put("estimateCorners", String.valueOf(estimate.corners()));
        args.put("estimateStimulusSeed", String.valueOf(estimate.stimulusSeed()));
        if (simulation != null) {
            SimulationRun.Options o = simulation.options();
            args.put("simulator", o.sim().label());
            args.put("simVmms", String.valueOf(o.vmms()));
            args.put("simStimulusSeed", String.valueOf(o.stimulusSeed()));
            args.put("simWaves", String.valueOf(o.waves()));
            args.put("simResultsOnly", String.valueOf(o.resultsOnly()));
            args.put("workRoot", simulation.workRoot().toAbsolutePath().normalize().toString());
        }
        return new TaskSpec(KIND, "p" + index, Manifest.resolvedYaml(cfg), args);
    }

    @Override
    public SweepPoint read(Path resultFile) throws IOException {
        return TaskSpec.JSON.readValue(resultFile.toFile(), SweepPoint.class);
    }

    /** What {@code aimcgen task} runs for a sweep point's folder. */
    public static SweepPoint runTask(TaskSpec spec, MacroConfig cfg, Consumer<String> progress)
            throws IOException, SimulationException {
        Datasheet.Options estimate = new Datasheet.Options(Integer.parseInt(spec.arg("estimateSeeds")),
                Integer.parseInt(spec.arg("estimateVmmsPerSeed")), Boolean.parseBoolean(spec.arg("estimateCorners")),
                Long.parseLong(spec.arg("estimateStimulusSeed")));
        Simulation simulation = null;
        if (spec.args().containsKey("simulator")) {
            simulation = new Simulation(new SimulationRun.Options(Simulator.parse(spec.arg("simulator")),
                    Integer.parseInt(spec.arg("simVmms")), Long.parseLong(spec.arg("simStimulusSeed")),
                    Boolean.parseBoolean(spec.arg("simWaves")), Boolean.parseBoolean(spec.arg("simResultsOnly"))),
                    Path.of(spec.arg("workRoot")));
        }
        List<String> values = TaskSpec.JSON.readValue(spec.arg("values"), new TypeReference<List<String>>() { });
        return run(Integer.parseInt(spec.arg("index")), values, cfg, estimate, simulation, progress);
    }

    private static String json(List<String> values) {
        try {
            return TaskSpec.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
