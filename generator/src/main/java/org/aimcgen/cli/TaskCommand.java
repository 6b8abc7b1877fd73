package org.aimcgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.exec.TaskSpec;
import org.aimcgen.sim.SimulationTask;
import org.aimcgen.sweep.SweepPointTask;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code aimcgen task DIR}: one point of a batch, run where a cluster put it. The folder holds task.json and
 * config.yaml (written by the executor); the result goes to result.json. Not for users: the Slurm executor's job
 * script runs it, one task per point.
 */
@Command(name = "task", hidden = true, mixinStandardHelpOptions = true,
        description = {"Run one point of a batch from its task folder (task.json, config.yaml) and write "
                + "result.json there. The Slurm executor's job array runs this; users do not need to.",
            "Exit 0 with a result, 1 when the point failed, 2 when the folder is not a task."})
final class TaskCommand implements Callable<Integer> {
    /**
     * Fault injection for the cluster test: a task whose label equals this variable's value exits 3 before it
     * runs, as a crashed task would (the failure handling and --resubmit-failed are tested on it).
     */
    static final String FAIL_ENV = "AIMCGEN_TEST_FAIL_TASK";
    static final int EXIT_INJECTED = 3;
    /** Likewise, a task whose label equals this one's value never finishes: the scheduler's time limit ends it. */
    static final String HANG_ENV = "AIMCGEN_TEST_HANG_TASK";

    @Parameters(index = "0", paramLabel = "DIR", description = "the task folder")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(dir.resolve(TaskSpec.TASK_FILE)) || !Files.isRegularFile(dir.resolve(
                TaskSpec.CONFIG_FILE))) {
            System.err.println("aimcgen: error: task " + dir + ": not a task folder (it needs " + TaskSpec.TASK_FILE
                    + " and " + TaskSpec.CONFIG_FILE + ", which the executor writes)");
            return Main.EXIT_BAD_INPUT;
        }
        TaskSpec spec;
        MacroConfig cfg;
        try {
            spec = TaskSpec.read(dir);
            cfg = ConfigLoader.load(dir.resolve(TaskSpec.CONFIG_FILE), List.of());
        } catch (ConfigException e) {
            return Cli.reportBadInput(e);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("aimcgen: error: task " + dir + ": cannot be read: " + e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        if (spec.label().equals(System.getenv(FAIL_ENV))) {
            System.err.println("aimcgen: task " + spec.label() + ": failing on purpose (" + FAIL_ENV + "="
                    + spec.label() + ", the cluster test's injected failure)");
            return EXIT_INJECTED;
        }
        if (spec.label().equals(System.getenv(HANG_ENV))) {
            System.err.println("aimcgen: task " + spec.label() + ": hanging on purpose (" + HANG_ENV + "="
                    + spec.label() + ", the cluster test's task that outlives its time limit)");
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Main.EXIT_INTERNAL;
        }
        System.err.println("aimcgen: task " + spec.label() + " (" + spec.kind() + ") of macro " + cfg.name());
        try {
            Object result = switch (spec.kind()) {
                case SweepPointTask.KIND -> SweepPointTask.runTask(spec, cfg, System.err::println);
                case SimulationTask.KIND -> SimulationTask.runTask(spec, cfg, System.err::println);
                default -> null;
            };
            if (result == null) {
                System.err.println("aimcgen: error: task " + dir + ": unknown kind '" + spec.kind() + "'; allowed: "
                        + SweepPointTask.KIND + ", " + SimulationTask.KIND);
                return Main.EXIT_BAD_INPUT;
            }
            TaskSpec.writeResult(dir, result);
        } catch (Exception e) {
            System.err.println("aimcgen: error: task " + spec.label() + " failed: " + e);
            e.printStackTrace(System.err);
            return Main.EXIT_INTERNAL;
        }
        System.err.println("aimcgen: task " + spec.label() + " done: " + dir.resolve(TaskSpec.RESULT_FILE));
        return Main.EXIT_OK;
    }
}
