package org.aimcgen.cli;

import java.util.List;

import org.aimcgen.exec.ExecutorKind;

/** --executor local|slurm, checked with the other options before any work. */
final class ExecutorChoice {
    static final String DEFAULT = "local";
    static final String DESCRIPTION = "where the points run: local (this machine) or slurm (a Slurm job array; needs sbatch on the PATH) (default: local)";

    private ExecutorChoice() {
    }

    /** The executor named, or null with the reason added to problems. */
    static ExecutorKind check(String text, List<String> problems) {
        ExecutorKind kind;
        try {
            kind = ExecutorKind.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
        if (kind == ExecutorKind.SLURM) {
            if (!Tools.onPath("sbatch")) {
                problems.add("--executor slurm: Slurm was not found (no sbatch on the PATH), so nothing was "
                        + "submitted; install Slurm's client and point SLURM_CONF at the site's slurm.conf, or use "
                        + "--executor local");
            } else {
                // Found, but the job-array executor is the second part of issue 17.
                problems.add("--executor slurm: the Slurm executor is not built yet, so nothing was submitted; "
                        + "use --executor local");
            }
            return null;
        }
        return kind;
    }
}
