package org.aimcgen.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The points on a fixed pool of threads on this machine: --executor local, --jobs N. */
public final class LocalExecutor implements PointExecutor {
    static final double PROGRESS_EVERY_S = 1.0;

    private final int jobs;
    private final String threadName;

    /** The most threads a user may ask of the pool (--jobs of sweep and simulate). */
    public static final int MAX_JOBS = 256;

    public LocalExecutor(int jobs, String threadName) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
        this.threadName = threadName;
    }

    public int jobs() {
        return jobs;
    }

    @Override
    public <T> List<T> run(List<? extends PointTask<T>> tasks, Progress<? super T> progress) {
        int total = tasks.size();
        if (total == 0) {
            return new ArrayList<>();
        }
        Object[] results = new Object[total];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, total), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            // Each task carries its index, so the result lands in input order.
            CompletionService<Indexed<T>> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < total; i++) {
                int index = i;
                Callable<T> task = tasks.get(i);
                done.submit(() -> new Indexed<>(index, task.call()));
            }
            long t0 = System.nanoTime();
            long shown = t0;
            for (int n = 1; n <= total; n++) {
                Indexed<T> r = done.take().get();
                results[r.index()] = r.result();
                long now = System.nanoTime();
                boolean due = n == total || (now - shown) / 1e9 >= PROGRESS_EVERY_S;
                if (due) {
                    shown = now;
                }
                progress.done(r.result(), new Status(n, total, (now - t0) / 1e9, due));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) new ArrayList<>(Arrays.asList(results));
        return list;
    }

    private record Indexed<T>(int index, T result) {
    }
}
