package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Evaluates every point of a grid on a pool of threads. Each result is stored at its grid
 * index, so the list is in grid order whatever order the threads finish in. Progress
 * (points done of total, invalid so far, time left) goes to a line consumer at most once a
 * second, and once at the end.
 */
public final class SweepRunner {
    private static final double PROGRESS_EVERY_S = 1.0;

    private final PointEvaluator evaluator;
    private final int jobs;
    private final Consumer<String> progress;

    public SweepRunner(PointEvaluator evaluator, int jobs, Consumer<String> progress) {
        this.evaluator = evaluator;
        this.jobs = jobs;
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, total)), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<SweepPoint> done = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            for (int i = 0; i < total; i++) {
                int index = i;
                if (results[i] == null) {
                    done.submit(() -> evaluator.evaluate(index, grid.values(index), grid.sets(index)));
                    submitted++;
                }
            }
            long t0 = System.nanoTime();
            long shown = t0;
            int invalid = (int) known.stream().filter(p -> !p.valid()).count();
            for (int n = total - submitted + 1; n <= total; n++) {
                SweepPoint p = done.take().get();
                results[p.index()] = p;
                invalid += p.valid() ? 0 : 1;
                long now = System.nanoTime();
                if (n == total || (now - shown) / 1e9 >= PROGRESS_EVERY_S) {
                    shown = now;
                    progress.accept(line(n, total, invalid, (now - t0) / 1e9, n - (total - submitted)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            // A bug, not an invalid point (those are results): let it surface whole.
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
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
