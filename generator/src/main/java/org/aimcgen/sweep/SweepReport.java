package org.aimcgen.sweep;

import java.util.List;

/**
 * Everything the sweep's outputs show, gathered once so the CSV and the page agree.
 *
 * @param macro          the base macro's name
 * @param source         the configuration file (or the built-in preset) and the user's --set values
 * @param grid           the axes
 * @param requirements   the --require bounds (empty: every valid point is feasible)
 * @param points         the grid's points in grid order; empty when the grid was not evaluated
 * @param gridNote       why the grid was not evaluated; empty when it was
 * @param gridFront      the Pareto front of the grid's feasible points
 * @param optimizerFront the front NSGA-II found; empty without --optimize
 * @param optimizerNote  how the search ran (seed, budget, evaluations); empty without --optimize
 * @param estimateNote   how each point was estimated (model seeds and VMMs)
 */
public record SweepReport(String macro, String source, Grid grid, List<Requirement> requirements,
        List<SweepPoint> points, String gridNote, List<SweepPoint> gridFront, List<SweepPoint> optimizerFront,
        String optimizerNote, String estimateNote) {
    public SweepReport {
        requirements = List.copyOf(requirements);
        points = List.copyOf(points);
        gridFront = List.copyOf(gridFront);
        optimizerFront = List.copyOf(optimizerFront);
    }

    public boolean optimized() {
        return !optimizerNote.isEmpty();
    }

    public long invalid() {
        return points.stream().filter(p -> !p.valid()).count();
    }

    public long feasible() {
        return points.stream().filter(p -> Requirement.feasible(p, requirements)).count();
    }
}
