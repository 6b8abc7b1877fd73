package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.aimcgen.exec.LocalExecutor;
import org.aimcgen.exec.PointExecutor;

/**
 * Evaluates every point of a grid on a point executor (a pool of threads by default). Each result is stored at
 * its grid index, so the list is in grid order whatever order the points finish in. Progress (points done of
 * total, invalid so far, time left) goes to a line consumer when the executor says a line is due: at most once
 * a second, and once at the end.
 */
public final class SweepRunner {
    private final PointEvaluator evaluator;
    private final PointExecutor executor;
    private final Consumer<String> progress;

    public SweepRunner(PointEvaluator evaluator, int jobs, Consumer<String> progress) {
        this(evaluator, new LocalExecutor(Math.max(1, jobs), "sweep"), progress);
    }

    public SweepRunner(PointEvaluator evaluator, PointExecutor executor, Consumer<String> progress) {
        this.evaluator = evaluator;
        this.executor = executor;
        this.progress = progress;
    }

    public List<SweepPoint> run(Grid grid) {
        return run(grid, List.of());
    }

    /** The grid, reusing points already estimated (a search's) instead of estimating them again. */
    public List<SweepPoint> run(Grid grid, List<SweepPoint> known) {
        int total = (int) grid.size();
        SweepPoint[] results = new SweepPoint[total];
        for (SweepPoint p : known) {
            results[p.index()] = p;
        }
        List<Callable<SweepPoint>> tasks = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int index = i;
            if (results[i] == null) {
                tasks.add(() -> evaluator.evaluate(index, grid.values(index), grid.sets(index)));
            }
        }
        int reused = total - tasks.size();
        int[] invalid = {(int) known.stream().filter(p -> !p.valid()).count()};
        List<SweepPoint> estimated = executor.run(tasks, (p, status) -> {
            invalid[0] += p.valid() ? 0 : 1;
            if (status.due()) {
                progress.accept(line(reused + status.done(), total, invalid[0], status.elapsedS(), status.done()));
            }
        });
        for (SweepPoint p : estimated) {
            results[p.index()] = p;
        }
        return new ArrayList<>(Arrays.asList(results));
    }

    /** The progress line; the time left is from the points estimated here (not those reused). */
    static String line(int done, int total, int invalid, double elapsedS, int estimated) {
        String left = done == total ? "done" : String.format(Locale.ROOT, "about %.1f s left",
                elapsedS / Math.max(1, estimated) * (total - done));
        return String.format(Locale.ROOT, "  %d of %d points, %d invalid, %.1f s, %s", done, total, invalid, elapsedS,
                left);
    }
}
