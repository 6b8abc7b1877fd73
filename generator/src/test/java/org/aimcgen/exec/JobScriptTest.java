package org.aimcgen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.estimate.Datasheet;
import org.aimcgen.sweep.SweepPoint;
import org.aimcgen.sweep.SweepPointTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job array's script, run by bash as a Slurm node would run one task (SLURM_ARRAY_TASK_ID set): it runs the
 * worker on the task's folder, which writes result.json, and records the exit status; the options are #SBATCH
 * lines sbatch reads. (scripts/slurm-test submits it to a real cluster.)
 */
class JobScriptTest {

    @Test
    void aTaskRunsFromTheScriptAsANodeRunsIt(@TempDir Path tmp) throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path batch = tmp.resolve("work dir/slurm");
        SweepPointTask task = new SweepPointTask(0, List.of("2"), cfg, Datasheet.Options.QUICK, null, l -> { });
        task.spec().write(batch.resolve("tasks/1"));
        List<String> worker = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.aimcgen.cli.Main",
                "task");
        SlurmOptions options = new SlurmOptions("cpu", "chipteam", "0:30:00", "2G", 1, List.of("--qos=normal"), null);
        SlurmExecutor ex = new SlurmExecutor(new SlurmExecutor.Batch(batch, "aimcgen-sweep-tiny", "aimcgen sweep", cfg,
                options, worker, false), l -> { });
        Path script = batch.resolve(SlurmExecutor.SCRIPT);
        Files.writeString(script, ex.script(batch, script, List.of(1, 2, 3, 5), 6), StandardCharsets.UTF_8);
        String text = Files.readString(script);
        List<String> sbatch = text.lines().filter(l -> l.startsWith("#SBATCH ")).toList();
        assertEquals(List.of("#SBATCH --job-name=aimcgen-sweep-tiny", "#SBATCH --array=1-3,5",
                "#SBATCH --output=" + batch + "/tasks/%a/log", "#SBATCH --partition=cpu", "#SBATCH --account=chipteam",
                "#SBATCH --time=0:30:00", "#SBATCH --mem=2G", "#SBATCH --cpus-per-task=1", "#SBATCH --qos=normal"),
                sbatch);

        TestSupport.Run syntax = TestSupport.run(tmp, 30, "bash", "-n", script.toString());
        assertEquals(0, syntax.exit(), syntax.output());
        TestSupport.Run r = TestSupport.run(tmp, 120, "env", "SLURM_ARRAY_TASK_ID=1", "SLURM_ARRAY_JOB_ID=42", "bash",
                script.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("aimcgen: task 1 of Slurm job 42"), r.output());
        assertEquals("0", Files.readString(batch.resolve("tasks/1/exit")).strip());
        SweepPoint there = task.read(batch.resolve("tasks/1").resolve(TaskSpec.RESULT_FILE));
        assertEquals(task.call(), there);
    }

    @Test
    void aFailingTaskLeavesItsExitStatus(@TempDir Path tmp) throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path batch = tmp.resolve("slurm");
        Files.createDirectories(batch.resolve("tasks/0"));   // a folder without task.json: the worker exits 2
        SlurmExecutor ex = new SlurmExecutor(new SlurmExecutor.Batch(batch, "j", "aimcgen sweep", cfg,
                SlurmOptions.NONE, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), "org.aimcgen.cli.Main", "task"), false), l -> { });
        Path script = batch.resolve(SlurmExecutor.SCRIPT);
        Files.writeString(script, ex.script(batch, script, List.of(0), 1), StandardCharsets.UTF_8);
        TestSupport.Run r = TestSupport.run(tmp, 120, "env", "SLURM_ARRAY_TASK_ID=0", "SLURM_ARRAY_JOB_ID=7", "bash",
                script.toString());
        assertEquals(2, r.exit(), r.output());
        assertEquals("2", Files.readString(batch.resolve("tasks/0/exit")).strip());
    }
}
