package org.aimcgen.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One independent point of a batch (a sweep point, a Monte Carlo seed, a corner). The local executor calls it;
 * a cluster executor runs it in another process instead: {@link #spec()} is what that process needs (written to
 * a task folder, run by {@code aimcgen task DIR}), and {@link #read(Path)} turns the result file it wrote back
 * into the same value {@link #call()} returns.
 */
public interface PointTask<T> extends Callable<T> {

    /** The point as a task for another process: its kind, configuration and arguments. */
    TaskSpec spec();

    /** The result another process wrote for {@link #spec()} (the task folder's result.json). */
    T read(Path resultFile) throws IOException;

    /** A task that only runs in this process (tests, and batches no cluster should see). */
    static <T> PointTask<T> local(Callable<T> call) {
        return new PointTask<>() {
            @Override
            public T call() throws Exception {
                return call.call();
            }

            @Override
            public TaskSpec spec() {
                throw new UnsupportedOperationException("this task runs in this process only");
            }

            @Override
            public T read(Path resultFile) {
                throw new UnsupportedOperationException("this task runs in this process only");
            }
        };
    }
}
