package org.aimcgen.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.exec.ExecutorKind;
import org.aimcgen.exec.LocalExecutor;
import org.aimcgen.exec.PointExecutor;
import org.aimcgen.exec.SlurmCommands;
import org.aimcgen.exec.SlurmExecutor;
import org.aimcgen.exec.SlurmOptions;

/** --executor local|slurm, checked with the other options before any work, and the executor it names. */
final class ExecutorChoice {
    static final String DEFAULT = "local";
    static final String DESCRIPTION = "where the points run: local (this machine) or slurm (a Slurm job array; needs "
            + "sbatch on the PATH, a controller answering, and a work folder the nodes share) (default: local)";
    /** The batch folder of --executor slurm, under the command's work folder. */
    static final String BATCH_FOLDER = "slurm";

    private ExecutorChoice() {
    }

    /**
     * The executor named, or null with the reason added to problems. For slurm, the client must be on the PATH
     * and the controller must answer (scontrol ping): nothing is written or submitted otherwise.
     */
    static ExecutorKind check(String text, SlurmMixin slurm, List<String> problems) {
        ExecutorKind kind;
        try {
            kind = ExecutorKind.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
        if (kind != ExecutorKind.SLURM) {
            if (slurm.given()) {
                problems.add("--partition, --account, --time, --mem, --cpus-per-task, --sbatch-arg, --slurm-config "
                        + "and --resubmit-failed apply to --executor slurm only; add --executor slurm or drop them");
            }
            return kind;
        }
        if (!Tools.onPath("sbatch") || !Tools.onPath("squeue") || !Tools.onPath("scontrol")) {
            problems.add("--executor slurm: Slurm was not found (no sbatch, squeue or scontrol on the PATH), so "
                    + "nothing was submitted; install Slurm's client (Debian: slurm-client) and point SLURM_CONF "
                    + "at the site's slurm.conf, or use --executor local");
            return null;
        }
        var down = SlurmCommands.controllerProblem();
        if (down.isPresent()) {
            problems.add("--executor slurm: " + down.get() + ", so nothing was submitted; check SLURM_CONF"
                    + (System.getenv("SLURM_CONF") == null ? " (not set: the default /etc/slurm/slurm.conf)"
                    : " (" + System.getenv("SLURM_CONF") + ")") + ", or use --executor local");
            return null;
        }
        return kind;
    }

    /** Whether --executor names slurm (its options are checked even when Slurm cannot be reached). */
    static boolean asksSlurm(String text) {
        return ExecutorKind.SLURM.label().equals(text);
    }

    /** The executor: a pool of jobs threads, or a Slurm job array in workRoot/slurm. */
    static PointExecutor executor(ExecutorKind kind, int jobs, String name, Path workRoot, String what,
            MacroConfig cfg, SlurmOptions options, boolean resubmitFailed, Consumer<String> log) {
        if (kind == ExecutorKind.LOCAL) {
            return new LocalExecutor(jobs, "aimcgen-" + name);
        }
        String jobName = ("aimcgen-" + name + "-" + cfg.name()).toLowerCase(Locale.ROOT);
        return new SlurmExecutor(new SlurmExecutor.Batch(workRoot.resolve(BATCH_FOLDER), jobName, what, cfg, options,
                workerCommand(), resubmitFailed), log);
    }

    /** --resubmit-failed needs an earlier run's batch folder (its job script) in the work folder. */
    static void earlierRun(Path workRoot, List<String> problems) {
        Path script = workRoot.resolve(BATCH_FOLDER).resolve(SlurmExecutor.SCRIPT);
        if (!java.nio.file.Files.isRegularFile(script)) {
            problems.add("--resubmit-failed: no earlier Slurm run in " + workRoot.resolve(BATCH_FOLDER) + " (no "
                    + SlurmExecutor.SCRIPT + "); run the command once without it, with the same --work");
        }
    }

    /** The work folder's default under the site file's workDir, when it names one. */
    static Path workRoot(Path given, SlurmOptions options, Path localDefault, String... under) {
        if (given != null) {
            return given;
        }
        if (options != null && options.workDir() != null) {
            Path p = options.workDir();
            for (String u : under) {
                p = p.resolve(u);
            }
            return p;
        }
        return localDefault;
    }

    /**
     * How a node runs one task: this Java, this class path (absolute: the repository is on the shared file system),
     * the repository root, then 'aimcgen task'. The job script adds the task folder.
     */
    static List<String> workerCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize().toString()).toList());
        return List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m",
                "-D" + Cli.ROOT_PROPERTY + "=" + Cli.defaultRoot().toAbsolutePath().normalize(), "-cp", cp,
                Main.class.getName(), "task");
    }
}
