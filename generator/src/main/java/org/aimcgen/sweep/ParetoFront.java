package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto-optimal points of a set: those no other feasible point dominates, where a
 * dominates b when it is at least as good on every objective (TOPS/W and TOPS/mm2 higher,
 * RMS error lower) and better on one. Points with equal objectives do not dominate each
 * other, so both stay on the front.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    public static boolean dominates(SweepPoint a, SweepPoint b) {
        boolean noWorse = a.topsPerW() >= b.topsPerW() && a.topsPerMm2() >= b.topsPerMm2()
                && a.errorRmsPctFs() <= b.errorRmsPctFs();
        boolean better = a.topsPerW() > b.topsPerW() || a.topsPerMm2() > b.topsPerMm2()
                || a.errorRmsPctFs() < b.errorRmsPctFs();
        return noWorse && better;
    }

    /** The front of the feasible points, in grid order (quadratic: grids are at most thousands). */
    public static List<SweepPoint> of(List<SweepPoint> points, List<Requirement> requirements) {
        List<SweepPoint> feasible = points.stream().filter(p -> Requirement.feasible(p, requirements)).toList();
        List<SweepPoint> front = new ArrayList<>();
        for (SweepPoint p : feasible) {
            if (feasible.stream().noneMatch(q -> dominates(q, p))) {
                front.add(p);
            }
        }
        front.sort(Comparator.comparingInt(SweepPoint::index));
        return front;
    }
}
