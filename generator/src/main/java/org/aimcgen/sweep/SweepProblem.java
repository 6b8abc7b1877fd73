package org.aimcgen.sweep;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aimcgen.config.MacroConfig;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.EncodingUtils;
import org.moeaframework.problem.AbstractProblem;

/**
 * The sweep's space as a MOEA Framework problem: one integer variable per axis (the
 * position in its value list), three objectives to minimise (-TOPS/W, -TOPS/mm2, RMS error
 * in % of full scale), and constraints: the point is a valid configuration, then each
 * --require. An invalid point is an infeasible solution with neutral objectives, never an
 * exception. Each distinct point is estimated once (a thread-safe cache by grid index), so
 * the generations' repeats cost nothing.
 */
final class SweepProblem extends AbstractProblem {
    private static final double VIOLATED = 1.0;

    private final Grid grid;
    private final PointEvaluator evaluator;
    private final List<Requirement> requirements;
    private final Map<Integer, SweepPoint> cache = new ConcurrentHashMap<>();

    SweepProblem(Grid grid, PointEvaluator evaluator, List<Requirement> requirements) {
        super(grid.axes().size(), 3, 1 + requirements.size());
        this.grid = grid;
        this.evaluator = evaluator;
        this.requirements = List.copyOf(requirements);
    }

    @Override
    public String getName() {
        return "aimcgen-sweep";
    }

    @Override
    public Solution newSolution() {
        Solution s = new Solution(getNumberOfVariables(), getNumberOfObjectives(), getNumberOfConstraints());
        for (int k = 0; k < getNumberOfVariables(); k++) {
            s.setVariable(k, EncodingUtils.newInt(0, grid.axes().get(k).values().size() - 1));
        }
        return s;
    }

    @Override
    public void evaluate(Solution s) {
        SweepPoint p = point(indexOf(s));
        double[] constraints = new double[getNumberOfConstraints()];
        if (!p.valid()) {
            java.util.Arrays.fill(constraints, VIOLATED);
            s.setObjectives(new double[] {0.0, 0.0, 0.0});
        } else {
            for (int r = 0; r < requirements.size(); r++) {
                constraints[1 + r] = requirements.get(r).violation(p);
            }
            s.setObjectives(new double[] {-p.topsPerW(), -p.topsPerMm2(), p.errorRmsPctFs()});
        }
        s.setConstraints(constraints);
    }

    /** The grid index a solution's variables name. */
    int indexOf(Solution s) {
        int[] pos = EncodingUtils.getInt(s);
        for (int k = 0; k < pos.length; k++) {
            // newInt's upper bound is just under n, so the floor stays in range; clamp regardless.
            pos[k] = Math.max(0, Math.min(grid.axes().get(k).values().size() - 1, pos[k]));
        }
        return grid.index(pos);
    }

    SweepPoint point(int index) {
        return cache.computeIfAbsent(index, i -> evaluator.evaluate(i, grid.values(i), grid.sets(i)));
    }

    /** Every distinct point estimated so far (any order). */
    List<SweepPoint> evaluated() {
        return List.copyOf(cache.values());
    }

    /** Distinct points estimated so far. */
    int distinct() {
        return cache.size();
    }

    /** The configuration of a point, for --simulate (valid points only). */
    MacroConfig config(int index) {
        return evaluator.config(grid.sets(index));
    }
}
