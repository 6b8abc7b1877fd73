package org.aimcgen.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluated point of a sweep: its place in the grid, its values, and either the
 * reason it is not a valid configuration or its figures (the datasheet's keys plus
 * {@link #TOPS_PER_MM2}); the simulated error columns when --simulate ran it.
 *
 * @param index     the grid index (the row order of sweep.csv)
 * @param values    the value of each axis, as typed
 * @param reason    why the point is invalid (the loader's or the estimator's message); empty when valid
 * @param figures   figures of merit by key, in the datasheet's order; empty when invalid
 * @param simulated the simulated error columns by key; empty unless simulated
 */
public record SweepPoint(int index, List<String> values, String reason, Map<String, Double> figures,
        Map<String, Double> simulated) {
    /** Throughput per area: the second Pareto axis, which the datasheet has no key for. */
    public static final String TOPS_PER_MM2 = "topsPerMm2";
    public static final String TOPS_PER_W = "efficiencyTopsPerW";
    public static final String ERROR = "errorRmsPctFs";

    public SweepPoint {
        values = List.copyOf(values);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        simulated = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(simulated));
    }

    public static SweepPoint invalid(int index, List<String> values, String reason) {
        return new SweepPoint(index, values, reason, Map.of(), Map.of());
    }

    public boolean valid() {
        return reason.isEmpty();
    }

    public double figure(String key) {
        Double v = figures.get(key);
        if (v == null) {
            throw new IllegalArgumentException("point " + index + " has no figure " + key);
        }
        return v;
    }

    public double topsPerW() {
        return figure(TOPS_PER_W);
    }

    public double topsPerMm2() {
        return figure(TOPS_PER_MM2);
    }

    public double errorRmsPctFs() {
        return figure(ERROR);
    }

    public SweepPoint withSimulated(Map<String, Double> sim) {
        return new SweepPoint(index, values, reason, figures, sim);
    }
}
