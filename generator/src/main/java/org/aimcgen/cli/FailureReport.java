package org.aimcgen.cli;

import org.aimcgen.exec.PointsFailedException;

/** The points a cluster could not run: each with its scheduler state, its log and the log's last lines. */
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
}
