package org.aimcgen.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * All configuration checks in one place: each key's own range ({@link Param}), the rules
 * that tie keys together, and the derived defaults. Messages name the key, the value given
 * and what is allowed.
 */
public final class ConfigChecks {
    /** Largest tile (local capacitor line) a derived default picks. */
    static final int DEFAULT_MAX_TILE_ROWS = 128;
    /** Largest charge-sharing group a derived default picks. */
    static final int DEFAULT_MAX_CAP_GROUP = 4;
    /** Fraction bits of the zero codes a macro with an ADC range gets: 16 calibration VMMs. */
    static final int DEFAULT_ZERO_FRACTION_BITS = 4;

    /**
     * Unit columns of the reference column a derived default picks with an ADC range: its
     * ratio's mismatch multiplies the tracked pedestal (docs/ARCHITECTURE.md, "ADC range"),
     * and 16 columns divide it by 4 for 16/(cols+1) of the array's area.
     */
    static final int DEFAULT_RANGE_REFERENCE_COLUMNS = 16;

    /** The keys the derived macro name is made of, in the name's order. */
    public static final List<Param> NAME_KEYS = List.of(Param.ROWS, Param.COLS, Param.INPUT_BITS, Param.WEIGHT_BITS,
            Param.CAP_GROUP);

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private ConfigChecks() {
    }

    /** Fills defaults and derived keys, then checks everything; throws with every problem found. */
    static Map<Param, Object> resolve(Map<Param, Object> given) {
        Map<Param, Object> v = new EnumMap<>(Param.class);
        v.putAll(given);
        for (Param p : Param.values()) {
            if (!v.containsKey(p) && p.defaultValue().isPresent()) {
                v.put(p, p.defaultValue().get());
            }
        }
        List<String> problems = rangeProblems(v);
        if (problems.isEmpty()) {
            derive(v);
            problems.addAll(crossProblems(v));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return v;
    }

    /**
     * cfg, unless its ADC range's conversion window (MacroConfig.conversionSteps) is longer
     * than the TDC counts: then the range shifts that fit are named.
     */
    static MacroConfig requireCountable(MacroConfig cfg) {
        if (cfg.maxChainSteps() > cfg.countableSteps()) {
            // The counter has a bit of headroom over full scale for the converters' own delays; with few bits
            // over many tiles the delays alone fill it, and every input reads the saturated code.
            int bits = cfg.adcBits() + 1;
            while (bits <= (int) Param.ADC_BITS.max() && !chainCountable(cfg, bits)) {
                bits++;
            }
            String allowed = bits <= (int) Param.ADC_BITS.max() ? "allowed: " + Param.ADC_BITS.key() + " " + bits
                    + " to " + (int) Param.ADC_BITS.max() + " for " + cfg.tiles() + " tiles, or fewer tiles (a larger "
                    + Param.TILE_ROWS.key() + ")" : "allowed: fewer tiles (a larger " + Param.TILE_ROWS.key() + ")";
            throw new ConfigException(List.of(Param.ADC_BITS.key() + " = " + cfg.adcBits() + " gives a TDC that "
                    + "counts " + cfg.countableSteps() + " steps, but the longest chain of " + cfg.tiles() + " tiles "
                    + "takes " + cfg.maxChainSteps() + " (full scale " + cfg.adcFullScale() + ", converter delays "
                    + cfg.tiles() * MacroConfig.VTC_DELAY_STEPS_PER_TILE + ", 1 to round): " + allowed));
        }
        if (cfg.rangeShift() == 0 || cfg.conversionSteps() <= cfg.countableSteps()) {
            return cfg;
        }
        int fits = 0;
        for (int k = 1; k < cfg.rangeShift(); k++) {
            Map<Param, Object> v = cfg.values();
            v.put(Param.RANGE_SHIFT, k);
            try {
                MacroConfig.of(v);
                fits = k;
            } catch (ConfigException e) {
                break;
            }
        }
        throw new ConfigException(List.of(Param.RANGE_SHIFT.key() + " = " + cfg.rangeShift()
                + " needs a conversion window of " + cfg.conversionSteps() + " TDC steps, but at " + Param.ADC_BITS.key()
                + " = " + cfg.adcBits() + " the TDC counts " + cfg.countableSteps() + ": allowed 0 to " + fits));
    }

    /** Whether the longest chain of cfg's tiles fits the counter of a bits-bit ADC. */
    private static boolean chainCountable(MacroConfig cfg, int bits) {
        Map<Param, Object> v = cfg.values();
        v.put(Param.ADC_BITS, bits);
        v.put(Param.RANGE_SHIFT, 0);
        try {
            MacroConfig.of(v);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }

    static void requireValid(Map<Param, Object> v) {
        List<String> problems = problems(v);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /** Every problem of a complete value map; empty when it can be built. */
    public static List<String> problems(Map<Param, Object> v) {
        List<String> problems = rangeProblems(v);
        for (Param p : Param.values()) {
            if (v.get(p) == null) {
                problems.add(p.key() + " is missing: must be " + p.allowed());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(crossProblems(v));
        }
        return problems;
    }

    /** Derived defaults, computed only for keys the user left out. */
    static void derive(Map<Param, Object> v) {
        int rows = (Integer) v.get(Param.ROWS);
        int weightBits = (Integer) v.get(Param.WEIGHT_BITS);
        v.computeIfAbsent(Param.TILE_ROWS, k -> largestDivisorAtMost(rows, DEFAULT_MAX_TILE_ROWS));
        v.computeIfAbsent(Param.CAP_GROUP, k -> largestDivisorAtMost(weightBits, DEFAULT_MAX_CAP_GROUP));
        v.computeIfAbsent(Param.MACRO_NAME, k -> derivedName(v));
        v.computeIfAbsent(Param.RANGE_SHIFT, k -> TrackedRange.derived(v));
        // Without the range the full-range quantisation dwarfs the zero codes' residue.
        v.computeIfAbsent(Param.ZERO_FRACTION_BITS,
                k -> (Integer) v.get(Param.RANGE_SHIFT) > 0 ? DEFAULT_ZERO_FRACTION_BITS : 0);
        v.computeIfAbsent(Param.REFERENCE_COLUMNS,
                k -> (Integer) v.get(Param.RANGE_SHIFT) > 0 ? DEFAULT_RANGE_REFERENCE_COLUMNS : 1);
    }

    /** The name a macro gets when none is given: aimc_r{rows}_c{cols}_i{inputBits}w{weightBits}g{capGroup}. */
    static String derivedName(Map<Param, Object> v) {
        return "aimc_r" + v.get(Param.ROWS) + "_c" + v.get(Param.COLS) + "_i" + v.get(Param.INPUT_BITS)
                + "w" + v.get(Param.WEIGHT_BITS) + "g" + v.get(Param.CAP_GROUP);
    }

    /**
     * The {@link #NAME_KEYS} values of a partial typed map: given, else the default, else
     * (capGroup) derived. Values are not range-checked here.
     */
    static Map<Param, Object> geometry(Map<Param, Object> given) {
        Map<Param, Object> g = new EnumMap<>(Param.class);
        for (Param p : NAME_KEYS) {
            Object v = given.containsKey(p) ? given.get(p) : p.defaultValue().orElse(null);
            if (v != null) {
                g.put(p, v);
            }
        }
        if (!g.containsKey(Param.CAP_GROUP) && g.get(Param.WEIGHT_BITS) instanceof Integer weightBits) {
            g.put(Param.CAP_GROUP, largestDivisorAtMost(weightBits, DEFAULT_MAX_CAP_GROUP));
        }
        return g;
    }

    /** Each given key against its own range only (no defaults, no cross checks). */
    static List<String> rangeProblems(Map<Param, Object> v) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Param, Object> e : v.entrySet()) {
            Param p = e.getKey();
            Object val = e.getValue();
            if (val == null) {
                continue;
            }
            if (!inRange(p, val)) {
                problems.add(p.key() + " = " + show(val) + " must be " + p.allowed());
            }
        }
        return problems;
    }

    private static boolean inRange(Param p, Object val) {
        return switch (p.kind()) {
            case INT -> val instanceof Integer i && i >= p.min() && i <= p.max();
            case REAL -> val instanceof Number n && Double.isFinite(n.doubleValue())
                    && n.doubleValue() >= p.min() && n.doubleValue() <= p.max();
            case BOOL -> val instanceof Boolean;
            case CHOICE -> Param.Nodes.NAMES.contains(val);
            case NAME -> val instanceof String s && IDENTIFIER.matcher(s).matches();
        };
    }

    private static List<String> crossProblems(Map<Param, Object> v) {
        List<String> problems = new ArrayList<>();
        int rows = (Integer) v.get(Param.ROWS);
        int tileRows = (Integer) v.get(Param.TILE_ROWS);
        int weightBits = (Integer) v.get(Param.WEIGHT_BITS);
        int capGroup = (Integer) v.get(Param.CAP_GROUP);
        if (rows % tileRows != 0) {
            problems.add(Param.TILE_ROWS.key() + " = " + tileRows + " must divide " + Param.ROWS.key() + " = " + rows
                    + " (divisors up to 128: " + divisors(rows) + ")");
        }
        if (weightBits % capGroup != 0) {
            problems.add(Param.CAP_GROUP.key() + " = " + capGroup + " must divide " + Param.WEIGHT_BITS.key()
                    + " = " + weightBits + " (allowed: " + divisors(weightBits) + ")");
        }
        if (!Boolean.TRUE.equals(v.get(Param.SIGNED_WEIGHTS)) && v.get(Param.RANGE_SHIFT) instanceof Integer k
                && k > 0) {
            problems.add(Param.RANGE_SHIFT.key() + " = " + k + " needs " + Param.SIGNED_WEIGHTS.key()
                    + " = true (only offset-binary weights carry a pedestal to track); allowed: 0");
        }
        if (Boolean.TRUE.equals(v.get(Param.SIGNED_WEIGHTS)) && weightBits < 2) {
            problems.add(Param.WEIGHT_BITS.key() + " = " + weightBits + " must be at least 2 when "
                    + Param.SIGNED_WEIGHTS.key() + " = true");
        }
        return problems;
    }

    static int largestDivisorAtMost(int n, int limit) {
        for (int d = Math.min(n, limit); d > 1; d--) {
            if (n % d == 0) {
                return d;
            }
        }
        return 1;
    }

    private static String divisors(int n) {
        List<String> out = new ArrayList<>();
        for (int d = 1; d <= Math.min(n, 128); d++) {
            if (n % d == 0) {
                out.add(Integer.toString(d));
            }
        }
        return String.join(", ", out);
    }

    static String show(Object val) {
        return clip(val instanceof Double d ? Param.fmt(d) : String.valueOf(val));
    }

    /** Longest text a message echoes whole. */
    static final int SHOWN_CHARS = 80;

    /** Text as a message echoes it: a long value (a file pasted by mistake) cut, with its length. */
    static String clip(String text) {
        return text.length() <= SHOWN_CHARS ? text
                : text.substring(0, SHOWN_CHARS - 20) + "... (" + text.length() + " characters)";
    }
}
