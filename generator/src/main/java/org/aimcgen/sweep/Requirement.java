package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.config.ConfigException;
import org.moeaframework.core.Constraint;

/**
 * A user's bound on a figure, {@code --require errorRmsPctFs<=0.8}: a valid point that
 * misses it is infeasible (left off the Pareto fronts, a constraint violation for the
 * optimiser).
 *
 * @param key   a figure's key (the datasheet's, or topsPerMm2)
 * @param atMost true for {@code <=}, false for {@code >=}
 * @param limit the bound
 */
public record Requirement(String key, boolean atMost, double limit) {
    /** Keys a requirement may bound: the figures of every valid point. */
    public static final List<String> KEYS = List.of("throughputTops", "efficiencyTopsPerW", "latencyNsPerVmm",
            "energyPjPerVmm", "areaMm2", "densityKbPerMm2", "errorRmsPctFs", "errorMaxPctFs", "snrDb",
            "adcGatedFraction", SweepPoint.TOPS_PER_MM2);
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9]+)\\s*(<=|>=)\\s*(\\S+)\\s*");

    public static List<Requirement> parseAll(List<String> specs) {
        List<String> problems = new ArrayList<>();
        List<Requirement> out = new ArrayList<>();
        for (String s : specs) {
            try {
                out.add(parse(s));
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return out;
    }

    public static Requirement parse(String spec) {
        String what = "--require " + Axis.clip(spec);
        Matcher m = FORM.matcher(spec);
        String form = "must be KEY<=VALUE or KEY>=VALUE with KEY one of " + String.join(", ", KEYS)
                + " (e.g. --require errorRmsPctFs<=0.8)";
        if (!m.matches()) {
            throw bad(what + ": " + form);
        }
        if (!KEYS.contains(m.group(1))) {
            throw bad(what + ": " + m.group(1) + " is not a figure; " + form);
        }
        double limit;
        try {
            limit = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            limit = Double.NaN;
        }
        if (!Double.isFinite(limit) || m.group(3).matches(".*[dDfF]$")) {
            throw bad(what + ": " + Axis.clip(m.group(3)) + " is not a number; " + form);
        }
        return new Requirement(m.group(1), m.group(2).equals("<="), limit);
    }

    private static ConfigException bad(String message) {
        return new ConfigException(List.of(message));
    }

    /** How far a valid point misses the bound, signed; 0 when it meets it (MOEA's Constraint convention). */
    public double violation(SweepPoint p) {
        double v = p.figure(key);
        return atMost ? Constraint.lessThanOrEqual(v, limit) : Constraint.greaterThanOrEqual(v, limit);
    }

    /** Valid and within every bound. */
    public static boolean feasible(SweepPoint p, List<Requirement> requirements) {
        return p.valid() && requirements.stream().allMatch(r -> r.violation(p) == Constraint.SATISFIED);
    }

    @Override
    public String toString() {
        return key + (atMost ? " <= " : " >= ") + String.format(Locale.ROOT, "%s", limit);
    }
}
