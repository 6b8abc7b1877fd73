package org.aimcgen.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell-level groups of a Liberty file, as a test reads them: every pin, bus and pg_pin
 * of its (one) cell with its simple attributes. A brace-depth parser: enough for the files
 * aimcgen writes, which the real tools (yosys, OpenSTA) also load in the same tests.
 */
record LibertyFile(Map<String, Map<String, String>> pins, Map<String, Map<String, String>> buses,
        Map<String, Map<String, String>> pgPins) {
    private static final Pattern GROUP = Pattern.compile("^\\s*(\\w+)\\s*\\(([^)]*)\\)\\s*\\{");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*(\\w+)\\s*:\\s*\"?([^\";]*)\"?\\s*;");

    static LibertyFile parse(String text) {
        Map<String, Map<String, String>> pins = new LinkedHashMap<>();
        Map<String, Map<String, String>> buses = new LinkedHashMap<>();
        Map<String, Map<String, String>> pg = new LinkedHashMap<>();
        String noComments = text.replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        Map<String, String> current = null;
        for (String line : noComments.split("\n")) {
            Matcher g = GROUP.matcher(line);
            if (g.find() && depth == 2) {
                String kind = g.group(1);
                String name = g.group(2).trim();
                current = new LinkedHashMap<>();
                switch (kind) {
                    case "pin" -> pins.put(name, current);
                    case "bus" -> buses.put(name, current);
                    case "pg_pin" -> pg.put(name, current);
                    default -> current = null;
                }
            } else if (depth == 3 && current != null) {
                Matcher a = ATTRIBUTE.matcher(line);
                if (a.find()) {
                    current.put(a.group(1), a.group(2).trim());
                }
            }
            depth += count(line, '{') - count(line, '}');
            if (depth <= 2) {
                current = null;
            }
        }
        return new LibertyFile(pins, buses, pg);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
