package org.aimcgen.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tests' own reader of sweep.csv (RFC 4180 quotes), and dominance recomputed from its columns. */
final class Csv {
    private Csv() {
    }

    record Row(Map<String, String> cells) {
        String get(String key) {
            String v = cells.get(key);
            if (v == null) {
                throw new AssertionError("no column " + key + " in " + cells.keySet());
            }
            return v;
        }

        double number(String key) {
            return Double.parseDouble(get(key));
        }

        boolean valid() {
            return get("status").equals("valid");
        }
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = split(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            if (cells.size() != header.size()) {
                throw new AssertionError("row has " + cells.size() + " cells, header " + header.size() + ": " + line);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), cells.get(i));
            }
            rows.add(new Row(m));
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** a dominates b: TOPS/W and TOPS/mm2 no lower, error no higher, one of them strictly better. */
    static boolean dominates(Row a, Row b) {
        double[] x = {a.number("efficiencyTopsPerW"), a.number("topsPerMm2"), -a.number("errorRmsPctFs")};
        double[] y = {b.number("efficiencyTopsPerW"), b.number("topsPerMm2"), -b.number("errorRmsPctFs")};
        boolean better = false;
        for (int k = 0; k < 3; k++) {
            if (x[k] < y[k]) {
                return false;
            }
            better |= x[k] > y[k];
        }
        return better;
    }
}
