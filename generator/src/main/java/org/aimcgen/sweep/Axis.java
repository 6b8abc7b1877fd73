package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.Param;

/**
 * One varied key of a sweep and its values, from {@code --vary KEY=V1,V2,...}. A value of
 * the wrong kind (a word for an integer key) is bad input, refused before any point runs;
 * a well-formed value that makes an invalid configuration (out of range, not a divisor) is
 * an invalid point, reported in the results with the loader's reason.
 *
 * @param param  the key
 * @param values the values as typed (trimmed), in the order given
 */
public record Axis(Param param, List<String> values) {
    /** Values one axis may list; the grid's own limit is {@link Grid#MAX_POINTS}. */
    public static final int MAX_VALUES = 1000;
    static final String EXAMPLE = "e.g. --vary precision.capGroup=1,2,4,8";

    public Axis {
        values = List.copyOf(values);
    }

    public String key() {
        return param.key();
    }

    /** The --set text that gives this axis its i-th value. */
    public String set(int i) {
        return param.key() + "=" + values.get(i);
    }

    public static Axis parse(String spec) {
        String what = "--vary " + clip(spec);
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw bad(what + ": must be KEY=V1,V2,... (" + EXAMPLE + ")");
        }
        String key = spec.substring(0, eq).trim();
        var param = Param.byKey(key);
        if (param.isEmpty()) {
            String hint = Param.closest(key).map(k -> " (did you mean " + k + "?)").orElse("");
            throw bad(what + ": unknown key " + clip(key) + hint + "; run 'aimcgen generate --help' for the list");
        }
        String list = spec.substring(eq + 1);
        List<String> problems = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : list.split(",", -1)) {
            String v = raw.trim();
            if (v.isEmpty()) {
                problems.add(what + ": an empty value in the list; must be KEY=V1,V2,... (" + EXAMPLE + ")");
                break;
            }
            if (ConfigLoader.parseValue(param.get(), v) == null) {
                problems.add(what + ": " + clip(v) + " is not a value of " + key + ", which must be "
                        + param.get().allowed());
            } else if (!seen.add(v)) {
                problems.add(what + ": " + clip(v) + " is listed twice; list each value once");
            }
            values.add(v);
        }
        if (problems.isEmpty() && values.size() > MAX_VALUES) {
            problems.add(what + ": " + values.size() + " values; an axis lists at most " + MAX_VALUES);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Axis(param.get(), values);
    }

    private static ConfigException bad(String message) {
        return new ConfigException(List.of(message));
    }

    /** Long user text shortened in messages. */
    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
