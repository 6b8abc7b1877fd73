package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.exec.LocalExecutor;
import org.aimcgen.exec.PointExecutor;
import org.aimcgen.exec.PointsFailedException;

/**
 * Evaluates every point of a grid on a point executor (a pool of threads by default, or a Slurm job array). A
 * point whose configuration the loader refuses is invalid at once, here; each valid one is a
 * {@link SweepPointTask}: its estimate and, with --simulate, its simulation. Each result is stored at its grid
 * index, so the list is in grid order whatever order the points finish in. Progress (points done of total,
 * invalid so far, time left) goes to a line consumer when the executor says a line is due: at most once a
 * second, and once at the end.
 */
public final class SweepRunner {
    private final PointEvaluator evaluator;
    private final PointExecutor executor;
    private final SweepPointTask.Simulation simulation;
    private final Consumer<String> progress;

    public SweepRunner(PointEvaluator evaluator, int jobs, Consumer<String> progress) {
        this(evaluator, new LocalExecutor(Math.max(1, jobs), "sweep"), null, progress);
    }

    /**
     * @param simulation how --simulate runs each valid point, or null for estimates only
     */
    public SweepRunner(PointEvaluator evaluator, PointExecutor executor, SweepPointTask.Simulation simulation,
            Consumer<String> progress) {
        this.evaluator = evaluator;
        this.executor = executor;
        this.simulation = simulation;
        this.progress = progress;
    }

    public List<SweepPoint> run(Grid grid) {
        return run(grid, List.of());
    }

    /**
     * The grid, reusing points already estimated (a search's) instead of estimating them again. Throws the
     * executor's {@link PointsFailedException} when points failed on a cluster, its results completed with the
     * grid's other points.
     */
    public List<SweepPoint> run(Grid grid, List<SweepPoint> known) {
        int total = (int) grid.size();
        SweepPoint[] results = new SweepPoint[total];
        for (SweepPoint p : known) {
            results[p.index()] = p;
        }
        List<SweepPointTask> tasks = new ArrayList<>();
        List<Integer> taskIndex = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (results[i] != null) {
                continue;
            }
            MacroConfig cfg;
            try {
                cfg = evaluator.config(grid.sets(i));
            } catch (ConfigException e) {
                results[i] = PointEvaluator.invalid(i, grid.values(i), e);
                continue;
            }
            tasks.add(new SweepPointTask(i, grid.values(i), cfg, evaluator.options(), simulation, progress));
            taskIndex.add(i);
        }
        int settled = total - tasks.size();
        int[] invalid = {(int) Arrays.stream(results).filter(p -> p != null && !p.valid()).count()};
        List<SweepPoint> evaluated;
        try {
            evaluated = executor.run(tasks, (p, status) -> {
                invalid[0] += p.valid() ? 0 : 1;
                if (status.due()) {
                    progress.accept(line(settled + status.done(), total, invalid[0], status.elapsedS(),
                            status.done()));
                }
            });
        } catch (PointsFailedException e) {
            List<SweepPoint> gathered = e.results();
            for (SweepPoint p : gathered) {
                if (p != null) {
                    results[p.index()] = p;
                }
            }
            List<PointsFailedException.Failure> failures = e.failures().stream()
                    .map(f -> new PointsFailedException.Failure(taskIndex.get(f.index()), f.label(), f.state(),
                            f.log(), f.logTail()))
                    .toList();
            throw new PointsFailedException(new ArrayList<>(Arrays.asList(results)), failures);
        }
        for (SweepPoint p : evaluated) {
            results[p.index()] = p;
        }
        return new ArrayList<>(Arrays.asList(results));
    }

    /** The progress line; the time left is from the points evaluated here (not those settled beforehand). */
    static String line(int done, int total, int invalid, double elapsedS, int estimated) {
        String left = done == total ? "done" : String.format(Locale.ROOT, "about %.1f s left",
                elapsedS / Math.max(1, estimated) * (total - done));
        return String.format(Locale.ROOT, "  %d of %d points, %d invalid, %.1f s, %s", done, total, invalid, elapsedS,
                left);
    }
}
