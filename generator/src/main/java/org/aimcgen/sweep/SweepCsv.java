package org.aimcgen.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * sweep.csv and front.csv: one row per point, in grid order. Columns: the grid index, the
 * value of each varied key, status (valid or invalid), the reason a point is invalid,
 * feasible (valid and within every --require), pareto (on the front of the points listed),
 * the figures (6 significant digits) and, when --simulate ran, the simulated error.
 * RFC 4180 quoting, so a reason with commas stays one field.
 */
public final class SweepCsv {
    private SweepCsv() {
    }

    public static String of(Grid grid, List<SweepPoint> points, List<SweepPoint> front, List<Requirement> requirements) {
        boolean simulated = points.stream().anyMatch(p -> !p.simulated().isEmpty());
        List<String> header = new ArrayList<>(List.of("index"));
        header.addAll(grid.keys());
        header.addAll(List.of("status", "reason", "feasible", "pareto"));
        header.addAll(Requirement.KEYS);
        if (simulated) {
            header.addAll(PointSimulation.KEYS);
        }
        Set<Integer> onFront = new HashSet<>();
        front.forEach(p -> onFront.add(p.index()));
        StringBuilder out = new StringBuilder();
        row(out, header);
        for (SweepPoint p : points) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(p.index()));
            cells.addAll(p.values());
            cells.add(p.valid() ? "valid" : "invalid");
            cells.add(p.reason());
            cells.add(Requirement.feasible(p, requirements) ? "yes" : "no");
            cells.add(onFront.contains(p.index()) ? "yes" : "no");
            for (String k : Requirement.KEYS) {
                cells.add(p.valid() ? number(p.figure(k)) : "");
            }
            if (simulated) {
                for (String k : PointSimulation.KEYS) {
                    Double v = p.simulated().get(k);
                    cells.add(v == null ? "" : number(v));
                }
            }
            row(out, cells);
        }
        return out.toString();
    }

    /** Six significant digits, no exponent, no trailing zeros; inf and nan spelt out. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
        }
        out.append('\n');
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
