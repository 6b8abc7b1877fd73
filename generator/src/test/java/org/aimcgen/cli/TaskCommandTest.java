package org.aimcgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Manifest;
import org.aimcgen.exec.TaskSpec;
import org.aimcgen.model.VmmRun;
import org.aimcgen.model.estimate.Datasheet;
import org.aimcgen.sim.SimulationRun;
import org.aimcgen.sim.SimulationTask;
import org.aimcgen.sim.Simulator;
import org.aimcgen.sweep.SweepPoint;
import org.aimcgen.sweep.SweepPointTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 'aimcgen task DIR', the command a cluster node runs for one point: the point's folder (task.json,
 * config.yaml) gives back, through result.json, exactly what the point gives in this process.
 */
class TaskCommandTest {

    static List<String> presets() throws Exception {
        return TestSupport.presetFiles();
    }

    /** A task's config.yaml is the resolved configuration: read back, it is the same configuration. */
    @ParameterizedTest
    @MethodSource("presets")
    void theConfigurationFileReadsBackEqual(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        assertEquals(cfg, ConfigLoader.parse(Manifest.resolvedYaml(cfg), "config.yaml", List.of()));
        MacroConfig point = ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset),
                List.of("macro.name=point", "precision.capGroup=1", "nonideal.seed=7", "technology.vdd=0.81", "technology.tempC=-40"));
        assertEquals(point, ConfigLoader.parse(Manifest.resolvedYaml(point), "config.yaml", List.of()));
    }

    @Test
    void aSweepPointRunsTheSameInItsTaskFolder(@TempDir Path tmp) throws Exception {
        MacroConfig cfg = ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"),
                List.of("macro.name=tiny", "precision.capGroup=1", "adc.bits=5"));
        SweepPointTask task = new SweepPointTask(3, List.of("1", "5"), cfg, Datasheet.Options.QUICK, null, l -> { });
        SweepPoint here = task.call();
        Path dir = tmp.resolve("tasks/3");
        task.spec().write(dir);
        TestSupport.CliResult r = TestSupport.cli("task", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(here, task.read(dir.resolve(TaskSpec.RESULT_FILE)));
        // A point figure that is not a number survives the file too.
        SweepPoint odd = here.withSimulated(Map.of("simSnrDb", Double.POSITIVE_INFINITY, "simVmms", Double.NaN));
        TaskSpec.writeResult(dir, odd);
        assertEquals(odd, task.read(dir.resolve(TaskSpec.RESULT_FILE)));
    }

    @Test
    void aSimulateRunRunsTheSameInItsTaskFolder(@TempDir Path tmp) throws Exception {
        MacroConfig cfg = ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"),
                List.of("nonideal.seed=2"));
        SimulationRun.Point p = new SimulationRun.Point("seed2", cfg, false);
        SimulationRun.Options o = new SimulationRun.Options(Simulator.ICARUS, 2, VmmRun.DEFAULT_STIMULUS_SEED, false,
                false);
        SimulationRun.Result here = new SimulationTask(p, tmp.resolve("here"), o, l -> { }).call();
        SimulationTask remote = new SimulationTask(p, tmp.resolve("there"), o, l -> { });
        Path dir = tmp.resolve("tasks/0");
        remote.spec().write(dir);
        TestSupport.CliResult r = TestSupport.cli("task", dir.toString());
        assertEquals(0, r.exit(), r.err());
        SimulationRun.Result there = remote.read(dir.resolve(TaskSpec.RESULT_FILE));
        assertEquals(p, there.point());
        assertEquals(here.summary(), there.summary());
        assertEquals(here.simulated(), there.simulated());
        assertEquals(here.model(), there.model());
        assertTrue(Files.isRegularFile(there.plot()), there.plot().toString());
        assertTrue(there.plot().startsWith(tmp.resolve("there")), "ran in the task's own work folder");
        assertEquals(SimulationCsv.of(List.of(here)), SimulationCsv.of(List.of(there)));
    }

    @Test
    void aFolderThatIsNotATaskIsBadInput(@TempDir Path tmp) {
        TestSupport.CliResult r = TestSupport.cli("task", tmp.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("not a task folder (it needs task.json and config.yaml"), r.err());
        assertFalse(Files.exists(tmp.resolve(TaskSpec.RESULT_FILE)));
    }

    @Test
    void anUnknownKindIsBadInput(@TempDir Path tmp) throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        new TaskSpec("pbs-point", "p0", Manifest.resolvedYaml(cfg), Map.of()).write(tmp);
        TestSupport.CliResult r = TestSupport.cli("task", tmp.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("unknown kind 'pbs-point'; allowed: sweep-point, simulate-run"), r.err());
        assertFalse(Files.exists(tmp.resolve(TaskSpec.RESULT_FILE)));
    }
}
