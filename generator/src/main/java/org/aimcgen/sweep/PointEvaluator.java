package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Param;
import org.aimcgen.model.estimate.Datasheet;

/**
 * Estimates one point: the user's configuration and --set values, the base macro's name
 * (so that varying a key the name is derived from is not refused as a renamed preset),
 * then the point's values; the datasheet's figures at the sweep's options. A point the
 * loader refuses, or whose node the estimator has no constants for, is invalid with that
 * reason; anything else that fails is a bug and propagates. Thread-safe: the loader and
 * the estimator keep no state.
 */
public final class PointEvaluator {
    private final Function<List<String>, MacroConfig> loader;
    private final String baseName;
    private final Datasheet.Options options;

    /**
     * @param loader   the configuration with extra --set values after the user's
     * @param baseName the macro name every point keeps
     * @param options  how much behavioural-model simulation each error estimate takes
     */
    public PointEvaluator(Function<List<String>, MacroConfig> loader, String baseName, Datasheet.Options options) {
        this.loader = loader;
        this.baseName = baseName;
        this.options = options;
    }

    /** The configuration of a point (throws ConfigException when it is not valid). */
    public MacroConfig config(List<String> pointSets) {
        List<String> sets = new ArrayList<>();
        sets.add(Param.MACRO_NAME.key() + "=" + baseName);
        sets.addAll(pointSets);
        return loader.apply(sets);
    }

    public SweepPoint evaluate(int index, List<String> values, List<String> pointSets) {
        MacroConfig cfg;
        try {
            cfg = config(pointSets);
        } catch (ConfigException e) {
            return invalid(index, values, e);
        }
        return estimate(index, values, cfg, options);
    }

    public Datasheet.Options options() {
        return options;
    }

    /** A point whose configuration the loader refused, with the loader's problems as its reason. */
    public static SweepPoint invalid(int index, List<String> values, ConfigException e) {
        return SweepPoint.invalid(index, values, String.join("; ", e.problems()));
    }

    /** The figures of a loaded configuration (also what a cluster task computes from its config.yaml). */
    public static SweepPoint estimate(int index, List<String> values, MacroConfig cfg, Datasheet.Options options) {
        Datasheet d;
        try {
            d = Datasheet.of(cfg, options);
        } catch (IllegalArgumentException e) {
            // NodeConstants has no row for this node: not a configuration the estimate covers.
            return SweepPoint.invalid(index, values, e.getMessage());
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        d.figures().forEach((k, v) -> figures.put(k, ((Number) v).doubleValue()));
        figures.put(SweepPoint.TOPS_PER_MM2, d.estimate().throughputTops() / d.estimate().areaMm2());
        return new SweepPoint(index, values, "", figures, Map.of());
    }
}
