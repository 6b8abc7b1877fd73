package org.aimcgen.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Some points of a batch did not finish on the cluster (the task exited non-zero, timed out, ran out of memory,
 * was cancelled or lost its node). The others were gathered: {@link #results()} holds them at their task index,
 * with null where a point failed.
 */
public final class PointsFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A point that failed: its index in the batch, its label, the scheduler's state, its log and the log's end. */
    public record Failure(int index, String label, String state, String log, List<String> logTail) {
        public Failure {
            logTail = List.copyOf(logTail);
        }
    }

    private final transient List<Object> results;
    private final transient List<Failure> failures;

    public PointsFailedException(List<?> results, List<Failure> failures) {
        super(failures.size() + " of " + results.size() + " point(s) failed");
        this.results = Collections.unmodifiableList(new ArrayList<>(results));
        this.failures = List.copyOf(failures);
    }

    /** The gathered results in task order, null where a point failed. */
    @SuppressWarnings("unchecked")
    public <T> List<T> results() {
        return (List<T>) results;
    }

    public List<Failure> failures() {
        return failures;
    }
}
