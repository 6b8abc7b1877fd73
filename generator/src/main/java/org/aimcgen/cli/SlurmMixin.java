package org.aimcgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.ConfigException;
import org.aimcgen.exec.SlurmOptions;

import picocli.CommandLine.Option;

/**
 * The options of --executor slurm, shared by sweep and simulate. Each wins over the same key in the slurm:
 * section of the site file (--slurm-config, else $AIMCGEN_SLURM_CONFIG).
 */
final class SlurmMixin {
    @Option(names = "--partition", paramLabel = "P", description = "--executor slurm: the partition (queue)")
    String partition;

    @Option(names = "--account", paramLabel = "A", description = "--executor slurm: the account charged")
    String account;

    @Option(names = "--time", paramLabel = "T",
            description = "--executor slurm: each task's time limit, as sbatch --time takes it (e.g. 0:30:00)")
    String time;

    @Option(names = "--mem", paramLabel = "M", description = "--executor slurm: each task's memory (e.g. 4G)")
    String mem;

    @Option(names = "--cpus-per-task", paramLabel = "N", description = "--executor slurm: each task's CPUs")
    Integer cpusPerTask;

    @Option(names = "--sbatch-arg", paramLabel = "--NAME=VALUE",
            description = "--executor slurm: a further sbatch option, e.g. --sbatch-arg=--qos=normal (repeatable)")
    List<String> sbatchArgs = new ArrayList<>();

    @Option(names = "--slurm-config", paramLabel = "FILE",
            description = "--executor slurm: a site file whose slurm: section sets partition, account, time, mem, "
                    + "cpusPerTask, sbatchArgs and workDir (default: $" + SlurmOptions.CONFIG_ENV + ")")
    Path config;

    @Option(names = "--resubmit-failed",
            description = "--executor slurm: keep the points the last run in the work folder finished, and submit "
                    + "only the ones that failed")
    boolean resubmitFailed;

    /** Whether any option of this mixin was given (they apply to --executor slurm only). */
    boolean given() {
        return partition != null || account != null || time != null || mem != null || cpusPerTask != null
                || !sbatchArgs.isEmpty() || config != null || resubmitFailed;
    }

    /** The options over the site file's section; null with the problems added. */
    SlurmOptions resolve(List<String> problems) {
        SlurmOptions site = SlurmOptions.NONE;
        Path file = config;
        if (file == null && System.getenv(SlurmOptions.CONFIG_ENV) != null
                && !System.getenv(SlurmOptions.CONFIG_ENV).isEmpty()) {
            file = Path.of(System.getenv(SlurmOptions.CONFIG_ENV));
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                problems.add((config != null ? "--slurm-config " : "$" + SlurmOptions.CONFIG_ENV + " = ") + file
                        + ": no such file; name a YAML file with a slurm: section");
                return null;
            }
            try {
                site = SlurmOptions.load(file);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
                return null;
            }
        }
        SlurmOptions own = new SlurmOptions(partition, account, time, mem, cpusPerTask, sbatchArgs, null);
        List<String> mine = own.problems("--");
        if (!mine.isEmpty()) {
            problems.addAll(mine.stream().map(SlurmMixin::optionName).toList());
            return null;
        }
        return own.over(site);
    }

    /** "--cpusPerTask: ..." -> "--cpus-per-task: ...", "--sbatchArgs: ..." -> "--sbatch-arg: ..." */
    private static String optionName(String problem) {
        return problem.replaceFirst("^--cpusPerTask", "--cpus-per-task").replaceFirst("^--sbatchArgs",
                "--sbatch-arg");
    }
}
