package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aimcgen.config.ConfigException;

/**
 * The cartesian product of the axes, in a fixed order: the first --vary changes slowest and
 * the last fastest, as nested loops written in the order given (row-major). Point i's
 * position on each axis is its mixed-radix digits; results are kept in this order whatever
 * order the threads finish in, so the same command writes the same files.
 */
public record Grid(List<Axis> axes) {
    /** Largest grid a sweep evaluates point by point; a larger space is for --optimize. */
    public static final int MAX_POINTS = 10_000;

    public Grid {
        axes = List.copyOf(axes);
    }

    /** The axes of the --vary options, refused together when a key is given twice. */
    public static Grid parse(List<String> specs) {
        List<String> problems = new ArrayList<>();
        List<Axis> axes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String spec : specs) {
            try {
                Axis a = Axis.parse(spec);
                if (!keys.add(a.key())) {
                    problems.add("--vary " + Axis.clip(spec) + ": " + a.key() + " is varied twice; give its values in one "
                            + "--vary");
                }
                axes.add(a);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (specs.isEmpty()) {
            problems.add("--vary: no axis given; name at least one (" + Axis.EXAMPLE + ")");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Grid(axes);
    }

    /** Points in the grid (saturates at Long.MAX_VALUE: only compared with limits). */
    public long size() {
        long n = 1;
        try {
            for (Axis a : axes) {
                n = Math.multiplyExact(n, a.values().size());
            }
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
        return n;
    }

    /** The position of point index on each axis. */
    public int[] position(int index) {
        int[] pos = new int[axes.size()];
        int rest = index;
        for (int k = axes.size() - 1; k >= 0; k--) {
            int n = axes.get(k).values().size();
            pos[k] = rest % n;
            rest /= n;
        }
        return pos;
    }

    /** The index of a position (the inverse of {@link #position}). */
    public int index(int[] position) {
        int index = 0;
        for (int k = 0; k < axes.size(); k++) {
            index = index * axes.get(k).values().size() + position[k];
        }
        return index;
    }

    /** The point's value on each axis, as typed. */
    public List<String> values(int index) {
        int[] pos = position(index);
        List<String> v = new ArrayList<>();
        for (int k = 0; k < axes.size(); k++) {
            v.add(axes.get(k).values().get(pos[k]));
        }
        return v;
    }

    /** The --set texts of the point. */
    public List<String> sets(int index) {
        int[] pos = position(index);
        List<String> s = new ArrayList<>();
        for (int k = 0; k < axes.size(); k++) {
            s.add(axes.get(k).set(pos[k]));
        }
        return s;
    }

    public List<String> keys() {
        return axes.stream().map(Axis::key).toList();
    }
}
