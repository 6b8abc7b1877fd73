package org.aimcgen.sweep;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.parallel.DistributedProblem;

/**
 * --optimize: NSGA-II (MOEA Framework) over the sweep's space instead of the whole grid.
 * Seeded through MOEA's PRNG, and the estimates are deterministic, so the same command
 * finds the same front. The budget caps evaluations: whole generations are run while one
 * more fits. Offspring are estimated on the local cores; the results do not depend on
 * which thread ran them.
 */
public final class Optimizer {
    /** Smallest budget: an initial population and one generation of the smallest population. */
    public static final int MIN_BUDGET = 2 * 4;
    public static final int MAX_BUDGET = 1_000_000;
    private static final int MAX_POPULATION = 100;

    /** What a search found: its front (grid order), every point it estimated, and what it cost. */
    public record Result(List<SweepPoint> front, List<SweepPoint> evaluated, int evaluations, int distinct,
            int population, int generations) {
    }

    private final PointEvaluator evaluator;
    private final int jobs;
    private final Consumer<String> progress;

    public Optimizer(PointEvaluator evaluator, int jobs, Consumer<String> progress) {
        this.evaluator = evaluator;
        this.jobs = jobs;
        this.progress = progress;
    }

    /** Population: a quarter of the budget, even, 4 to 100 (MOEA's default is 100). */
    static int population(int budget) {
        int p = Math.max(4, Math.min(MAX_POPULATION, budget / 4));
        return p - p % 2;
    }

    public Result run(Grid grid, List<Requirement> requirements, int budget, long seed) {
        SweepProblem problem = new SweepProblem(grid, evaluator, requirements);
        int population = population(budget);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "optimize");
            t.setDaemon(true);
            return t;
        });
        // MOEA's PRNG is global: one search at a time in a JVM, so a seed means one front.
        synchronized (PRNG.class) {
            try {
                PRNG.setSeed(seed);
                NSGAII nsga = new NSGAII(new DistributedProblem(problem, pool));
                nsga.setInitialPopulationSize(population);
                int generations = 0;
                long t0 = System.nanoTime();
                while (nsga.getNumberOfEvaluations() + population <= budget) {
                    nsga.step();
                    generations++;
                    progress.accept(String.format(Locale.ROOT, "  generation %d: %d of %d evaluations, %.1f s",
                            generations, nsga.getNumberOfEvaluations(), budget, (System.nanoTime() - t0) / 1e9));
                }
                return new Result(front(problem, requirements), problem.evaluated(), nsga.getNumberOfEvaluations(),
                        problem.distinct(),
                        population, generations);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The front of every point the search estimated, in grid order: an archive of the
     * search, as MOEA's algorithms keep one, so a point a later generation crowded out of
     * the population still counts. It holds NSGA-II's own result's non-dominated points.
     */
    private static List<SweepPoint> front(SweepProblem problem, List<Requirement> requirements) {
        return ParetoFront.of(problem.evaluated(), requirements);
    }
}
