package org.aimcgen.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.emit.Templates;

/**
 * The points as one Slurm job array: --executor slurm. In the batch folder (on a file system the nodes share) each
 * point gets a task folder tasks/N/ with its task.json and config.yaml; array.sh runs {@code aimcgen task} on it;
 * the executor submits with sbatch --parsable, follows the tasks with squeue (sacct where the site keeps
 * accounting), and reads each finished task's result.json back through its {@link PointTask}. A task that fails
 * or times out is reported with the end of its log and the others are still gathered
 * ({@link PointsFailedException}); with resubmitFailed, the tasks of the batch folder's last run that finished
 * with a result are reused and only the others are submitted. Ctrl-C cancels the job (scancel).
 */
public final class SlurmExecutor implements PointExecutor {
    public static final String SCRIPT = "array.sh";
    public static final String JOB_FILE = "job.txt";
    static final String TASKS = "tasks";
    static final String EXIT_FILE = "exit";
    static final String LOG_FILE = "log";
    static final int LOG_TAIL_LINES = 12;
    /** squeue once a second for the first minute, then every 5 s: a site's controller serves many users. */
    static final long POLL_FAST_MS = 1000;
    static final long POLL_SLOW_MS = 5000;
    static final long FAST_FOR_MS = 60_000;
    /** A task the scheduler no longer lists and that left no exit status is lost after this long. */
    static final long UNLISTED_GRACE_MS = 30_000;
    /** How long squeue may keep failing (a controller restarting) before the executor gives up. */
    static final long SQUEUE_PATIENCE_S = 300;

    /** How the executor was asked to run: the batch, its job name, its options and the worker's command. */
    public record Batch(Path dir, String jobName, String what, MacroConfig cfg, SlurmOptions options,
            List<String> worker, boolean resubmitFailed) {
    }

    private final Batch batch;
    private final Consumer<String> log;

    public SlurmExecutor(Batch batch, Consumer<String> log) {
        this.batch = batch;
        this.log = log;
    }

    @Override
    public <T> List<T> run(List<? extends PointTask<T>> tasks, Progress<? super T> progress) {
        try {
            return gather(tasks, progress);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private <T> List<T> gather(List<? extends PointTask<T>> tasks, Progress<? super T> progress) throws IOException {
        int total = tasks.size();
        List<T> results = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            results.add(null);
        }
        if (total == 0) {
            return results;
        }
        Path dir = batch.dir().toAbsolutePath().normalize();
        Path tasksDir = dir.resolve(TASKS);
        List<TaskSpec> specs = tasks.stream().map(PointTask::spec).toList();
        List<Integer> submit = new ArrayList<>();
        int reused = 0;
        if (batch.resubmitFailed()) {
            for (int i = 0; i < total; i++) {
                T earlier = earlierResult(tasks.get(i), specs.get(i), tasksDir.resolve(String.valueOf(i)));
                if (earlier != null) {
                    results.set(i, earlier);
                    reused++;
                } else {
                    submit.add(i);
                }
            }
            log.accept(String.format(Locale.ROOT, "  Slurm: %d of %d point(s) finished in the earlier run of %s; "
                    + "%s", reused, total, dir, submit.isEmpty() ? "nothing to resubmit"
                    : "resubmitting " + submit.size()));
        } else {
            OutputWriter.deleteTree(tasksDir);
            for (int i = 0; i < total; i++) {
                submit.add(i);
            }
        }
        long t0 = System.nanoTime();
        int done = reused;
        if (submit.isEmpty()) {
            return finish(tasks, results, List.of());
        }
        for (int i : submit) {
            Path taskDir = tasksDir.resolve(String.valueOf(i));
            OutputWriter.deleteTree(taskDir);
            specs.get(i).write(taskDir);
        }
        Path script = dir.resolve(SCRIPT);
        Files.writeString(script, script(dir, script, submit, total), StandardCharsets.UTF_8);
        String jobId;
        try {
            jobId = SlurmCommands.submit(script);
        } catch (IOException e) {
            if (!batch.resubmitFailed()) {
                OutputWriter.deleteTree(dir);
            }
            throw new SubmitRefusedException(e.getMessage());
        }
        Files.writeString(dir.resolve(JOB_FILE), jobId + "\n", StandardCharsets.UTF_8);
        log.accept(String.format(Locale.ROOT, "  Slurm: submitted job %s, %d task(s)%s; script %s, task logs "
                + "%s/N/log", jobId, submit.size(), batch.options().partition() == null ? ""
                : " to partition " + batch.options().partition(), script, tasksDir));
        Thread cancel = new Thread(() -> cancelOnInterrupt(jobId), "aimcgen-scancel");
        Runtime.getRuntime().addShutdownHook(cancel);
        List<PointsFailedException.Failure> failures = new ArrayList<>();
        try {
            Map<Integer, String> open = new TreeMap<>();
            submit.forEach(i -> open.put(i, "PENDING"));
            Map<Integer, Long> unlistedSince = new HashMap<>();
            String shown = "";
            long lastPoll = 0;
            long squeueDownSince = -1;
            while (!open.isEmpty()) {
                long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
                sleep(Math.max(0, (elapsedMs < FAST_FOR_MS ? POLL_FAST_MS : POLL_SLOW_MS) - (elapsedMs - lastPoll)));
                lastPoll = (System.nanoTime() - t0) / 1_000_000;
                Map<Integer, String> listed;
                try {
                    listed = SlurmCommands.taskStates(jobId);
                    squeueDownSince = -1;
                } catch (IOException e) {
                    // A controller restarting or failing over: keep waiting, for a while.
                    long now = System.nanoTime();
                    if (squeueDownSince < 0) {
                        squeueDownSince = now;
                        log.accept("  Slurm: " + e.getMessage() + "; retrying for up to " + SQUEUE_PATIENCE_S + " s");
                    } else if ((now - squeueDownSince) / 1e9 > SQUEUE_PATIENCE_S) {
                        throw new IOException(e.getMessage() + " for " + SQUEUE_PATIENCE_S + " s; the job " + jobId
                                + " may still be queued: 'scancel " + jobId + "' cancels it", e);
                    }
                    continue;
                }
                Map<Integer, String> accounted = null;
                for (Integer i : List.copyOf(open.keySet())) {
                    String state = listed.get(i);
                    if (state == null) {
                        // Purged from squeue: ask sacct, else go by the exit status the script wrote.
                        if (accounted == null) {
                            accounted = SlurmCommands.accountedStates(jobId);
                        }
                        state = accounted.get(i);
                    }
                    if (state == null) {
                        state = stateFromFiles(tasksDir.resolve(String.valueOf(i)), i, unlistedSince);
                    }
                    if (state == null || !SlurmCommands.isFinal(state)) {
                        open.put(i, state == null ? open.get(i) : state);
                        continue;
                    }
                    open.remove(i);
                    done++;
                    Path taskDir = tasksDir.resolve(String.valueOf(i));
                    T result = "COMPLETED".equals(state) ? readResult(tasks.get(i), taskDir) : null;
                    if (result == null) {
                        failures.add(failure(i, specs.get(i), state, taskDir));
                        continue;
                    }
                    results.set(i, result);
                    double elapsedS = (System.nanoTime() - t0) / 1e9;
                    progress.done(result, new Status(done, total, elapsedS, true));
                }
                String line = queueLine(jobId, open, done, total, failures.size());
                if (!line.equals(shown) && !open.isEmpty()) {
                    log.accept(line);
                    shown = line;
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException e) {
                // Shutting down: the hook is running.
            }
        }
        return finish(tasks, results, failures);
    }

    private <T> List<T> finish(List<? extends PointTask<T>> tasks, List<T> results,
            List<PointsFailedException.Failure> failures) {
        if (!failures.isEmpty()) {
            List<PointsFailedException.Failure> sorted = new ArrayList<>(failures);
            sorted.sort(Comparator.comparingInt(PointsFailedException.Failure::index));
            throw new PointsFailedException(results, sorted);
        }
        return results;
    }

    /** "  Slurm job 12: 2 running, 1 pending; 3 of 8 done, 0 failed" */
    private static String queueLine(String jobId, Map<Integer, String> open, int done, int total, int failed) {
        Map<String, Long> byState = open.values().stream()
                .collect(Collectors.groupingBy(s -> s.toLowerCase(Locale.ROOT), TreeMap::new,
                        Collectors.counting()));
        String states = byState.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "  Slurm job %s: %s; %d of %d done, %d failed", jobId, states, done, total,
                failed);
    }

    /** A task squeue and sacct no longer list: its exit status, or lost after a grace period. */
    private static String stateFromFiles(Path taskDir, int index, Map<Integer, Long> unlistedSince)
            throws IOException {
        String exit = exitStatus(taskDir);
        if (exit != null) {
            return "0".equals(exit) ? "COMPLETED" : "FAILED";
        }
        long now = System.nanoTime();
        long since = unlistedSince.computeIfAbsent(index, k -> now);
        return (now - since) / 1_000_000 > UNLISTED_GRACE_MS ? "LOST" : null;
    }

    /** The exit status the job script wrote for a task, or null when it wrote none (still running, or killed). */
    private static String exitStatus(Path taskDir) throws IOException {
        Path exit = taskDir.resolve(EXIT_FILE);
        return Files.isRegularFile(exit) ? Files.readString(exit).strip() : null;
    }

    private static <T> T readResult(PointTask<T> task, Path taskDir) {
        Path result = taskDir.resolve(TaskSpec.RESULT_FILE);
        if (!Files.isRegularFile(result)) {
            return null;
        }
        try {
            return task.read(result);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An earlier run's result for the same task (same task.json and config.yaml, exit 0), or null. */
    private static <T> T earlierResult(PointTask<T> task, TaskSpec spec, Path taskDir) {
        try {
            if (!Files.isRegularFile(taskDir.resolve(TaskSpec.TASK_FILE)) || !spec.equals(TaskSpec.read(taskDir))) {
                return null;
            }
            if (!"0".equals(exitStatus(taskDir))) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return readResult(task, taskDir);
    }

    private static PointsFailedException.Failure failure(int index, TaskSpec spec, String state, Path taskDir)
            throws IOException {
        Path logFile = taskDir.resolve(LOG_FILE);
        String exit = exitStatus(taskDir);
        String what = exit == null ? state : state + " (exit " + exit + ")";
        if ("COMPLETED".equals(state)) {
            what += ", but its result.json is missing or unreadable";
        }
        List<String> tail = List.of();
        if (Files.isRegularFile(logFile)) {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
        }
        return new PointsFailedException.Failure(index, spec.label(), what, logFile.toString(), tail);
    }

    /** array.sh for the tasks submit (array indices) of total, in the batch folder dir. */
    String script(Path dir, Path script, List<Integer> submit, int total) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("taskCount", total);
        v.put("what", batch.what());
        v.put("script", script.toString());
        v.put("jobName", batch.jobName());
        v.put("array", SlurmCommands.arraySpec(submit));
        v.put("batchDir", dir.toString());
        v.put("shBatchDir", shellQuote(dir.toString()));
        v.put("sbatchLines", batch.options().sbatchLines());
        v.put("worker", batch.worker().stream().map(SlurmExecutor::shellQuote).collect(Collectors.joining(" ")));
        return new Templates().render("slurm/array.sh.vm", batch.cfg(), v);
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./=:,+@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private void cancelOnInterrupt(String jobId) {
        try {
            SlurmCommands.Output o = SlurmCommands.cancel(jobId);
            System.err.println("aimcgen: interrupted: cancelled Slurm job " + jobId + " (scancel"
                    + (o.ok() ? "" : " said: " + o.text()) + ")");
        } catch (IOException e) {
            System.err.println("aimcgen: interrupted: could not cancel Slurm job " + jobId + ": " + e.getMessage()
                    + "; run 'scancel " + jobId + "'");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

}
