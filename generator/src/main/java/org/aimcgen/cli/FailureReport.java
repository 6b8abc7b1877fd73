package org.aimcgen.cli;

import java.io.IOException;

import org.aimcgen.exec.PointsFailedException;
import org.aimcgen.exec.SubmitRefusedException;
import org.aimcgen.sim.SimulationException;

/**
 * What a batch's failure tells the user, the same for sweep and simulate: the points a cluster could not run
 * (each with its scheduler state, its log and the log's last lines), a submission sbatch refused, a run that broke.
 */
final class FailureReport {
    private FailureReport() {
    }

    static void print(PointsFailedException e, String noun) {
        System.err.println("aimcgen: error: " + e.failures().size() + " " + noun + "(s) of " + e.results().size()
                + " failed on Slurm; the others were gathered:");
        for (PointsFailedException.Failure f : e.failures()) {
            System.err.println("  " + noun + " " + f.label() + ": " + f.state() + "; log " + f.log()
                    + (f.logTail().isEmpty() ? " (empty)" : ", its last lines:"));
            f.logTail().forEach(line -> System.err.println("    | " + line));
        }
    }

    /** sbatch refused the array: the site settings are wrong, nothing was submitted (exit 2). */
    static int refused(SubmitRefusedException e) {
        System.err.println("aimcgen: error: --executor slurm: " + e.getMessage());
        System.err.println("aimcgen: nothing was submitted; check --partition, --account, --time, --mem and "
                + "--cpus-per-task (or the site file's slurm: section)");
        return Main.EXIT_BAD_INPUT;
    }

    /** A simulation or file error inside the batch (exit 1); anything else is a bug and is thrown on. */
    static int broken(IllegalStateException e) {
        if (e.getCause() instanceof SimulationException || e.getCause() instanceof IOException) {
            System.err.println("aimcgen: error: " + e.getCause().getMessage());
            return Main.EXIT_INTERNAL;
        }
        throw e;
    }
}
