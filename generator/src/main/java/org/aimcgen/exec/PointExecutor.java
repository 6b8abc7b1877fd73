package org.aimcgen.exec;

import java.util.List;
import java.util.Locale;

/**
 * Runs a batch of independent points (sweep points, Monte Carlo seeds, corners) and returns their results in
 * the order of the tasks, whatever order they finish in. In this process, a task's exception is a bug, not a
 * result: it ends the batch and is thrown whole. On a cluster, a task that dies (non-zero exit, time limit, lost
 * node) ends as a {@link PointsFailedException} carrying the points that were gathered.
 */
public interface PointExecutor {

    <T> List<T> run(List<? extends PointTask<T>> tasks, Progress<? super T> progress);

    /** Told of every result as it arrives, on the caller's thread, with the batch's status. */
    @FunctionalInterface
    interface Progress<T> {
        void done(T result, Status status);

        static <T> Progress<T> none() {
            return (result, status) -> { };
        }
    }

    /**
     * Tasks done of total, seconds since the batch started, and whether a progress line is due (at most one a
     * second, and always for the last result).
     */
    record Status(int done, int total, double elapsedS, boolean due) {
        /** The time left at the mean pace so far. */
        public double leftS() {
            return elapsedS / Math.max(1, done) * (total - done);
        }

        /** "about 2.0 s left", or "done" for the last. */
        public String left() {
            return done == total ? "done" : String.format(Locale.ROOT, "about %.1f s left", leftS());
        }
    }
}
