package org.aimcgen.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.sim.SimulationException;
import org.aimcgen.sim.SimulationRun;

/**
 * --simulate: a valid point run through the whole macro by the simulate command's own flow
 * (generated into work/pINDEX, tb_vmm built and run), its simulated error added to the
 * point. Slow (a build per point): it runs in the point's own task, right after its estimate,
 * on the sweep's executor (--jobs points at once here, or one Slurm task per point).
 */
public final class PointSimulation {
    /** The simulated columns of sweep.csv. */
    public static final List<String> KEYS = List.of("simVmms", "simMismatches", "simErrorRmsPctFs",
            "simErrorMaxPctFs", "simSnrDb", "simSaturated");

    private PointSimulation() {
    }

    /** The work folder of a point, under the sweep's work root. */
    public static String label(SweepPoint p) {
        return "p" + p.index();
    }

    public static SweepPoint run(SweepPoint p, MacroConfig cfg, Path workRoot, SimulationRun.Options options,
            Consumer<String> progress) throws IOException, SimulationException {
        SimulationRun.Result r = SimulationRun.run(new SimulationRun.Point(label(p), cfg, true), workRoot, options,
                progress);
        Map<String, Double> sim = new LinkedHashMap<>();
        sim.put("simVmms", (double) r.summary().vmms());
        sim.put("simMismatches", (double) r.summary().mismatches());
        sim.put("simErrorRmsPctFs", r.summary().rmsErrPctFs());
        sim.put("simErrorMaxPctFs", r.summary().maxErrPctFs());
        sim.put("simSnrDb", r.simulated().snrDb());
        sim.put("simSaturated", (double) r.simulated().saturated());
        return p.withSimulated(sim);
    }
}
