package org.aimcgen.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Templates;

/**
 * sweep.html: a self-contained page (inline SVG, no script, no network) rendered from
 * templates/sweep/sweep.html.vm. The template gets a narrow view of strings already
 * escaped for HTML, lists and booleans, never the sweep's objects; it holds no timing or
 * date, so the same sweep gives the same page.
 */
public final class SweepPage {
    /** Invalid points listed by reason on the page (all are in sweep.csv). */
    static final int MAX_INVALID_SHOWN = 100;
    static final String TEMPLATE = "sweep/sweep.html.vm";

    private SweepPage() {
    }

    /** The page; base is the configuration the sweep starts from (shown in its parameter table). */
    public static String render(SweepReport r, MacroConfig base) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", esc("Design-space sweep of " + r.macro()));
        v.put("source", esc(r.source()));
        List<Map<String, String>> axes = new ArrayList<>();
        for (Axis a : r.grid().axes()) {
            axes.add(Map.of("key", esc(a.key()), "values", esc(String.join(", ", a.values()))));
        }
        v.put("axes", axes);
        v.put("gridSize", Long.toString(r.grid().size()));
        v.put("hasGrid", r.gridNote().isEmpty());
        v.put("gridNote", esc(r.gridNote()));
        v.put("valid", Long.toString(r.points().size() - r.invalid()));
        v.put("invalid", Long.toString(r.invalid()));
        v.put("feasible", Long.toString(r.feasible()));
        v.put("requirements", r.requirements().stream().map(q -> esc(q.toString())).toList());
        v.put("estimateNote", esc(r.estimateNote()));
        v.put("hasOptimizer", r.optimized());
        v.put("optimizerNote", esc(r.optimizerNote()));
        v.put("charts", List.of(chart("TOPS/W against error", ParetoCharts.efficiency(r)),
                chart("TOPS/mm2 against error", ParetoCharts.density(r))));
        v.put("legend", esc(ParetoCharts.LEGEND));
        v.put("headers", headers(r.grid()));
        v.put("gridFront", rows(r.gridFront()));
        v.put("optimizerFront", rows(r.optimizerFront()));
        v.put("optimizerOnGridFront", onGridFront(r));
        List<List<String>> invalid = new ArrayList<>();
        r.points().stream().filter(p -> !p.valid()).limit(MAX_INVALID_SHOWN).forEach(p -> {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(p.index()));
            p.values().forEach(x -> row.add(esc(x)));
            row.add(esc(p.reason()));
            invalid.add(row);
        });
        v.put("invalidRows", invalid);
        v.put("invalidKeys", r.grid().keys().stream().map(SweepPage::esc).toList());
        v.put("invalidMore", Long.toString(Math.max(0, r.invalid() - MAX_INVALID_SHOWN)));
        return new Templates().render(TEMPLATE, base, v);
    }

    private static Map<String, String> chart(String title, String svg) {
        return Map.of("title", esc(title), "svg", svg);
    }

    /** Front table columns: index, the varied keys, then the figures a designer compares. */
    private static List<String> headers(Grid grid) {
        List<String> h = new ArrayList<>(List.of("index"));
        grid.keys().forEach(k -> h.add(esc(k)));
        h.addAll(List.of("TOPS/W", "TOPS/mm2", "RMS error % FS", "SNR dB", "TOPS", "ns/VMM", "pJ/VMM", "mm2"));
        return h;
    }

    private static List<List<String>> rows(List<SweepPoint> front) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepPoint p : front) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(p.index()));
            p.values().forEach(x -> row.add(esc(x)));
            for (String k : List.of(SweepPoint.TOPS_PER_W, SweepPoint.TOPS_PER_MM2, SweepPoint.ERROR, "snrDb",
                    "throughputTops", "latencyNsPerVmm", "energyPjPerVmm", "areaMm2")) {
                row.add(SweepCsv.number(p.figure(k)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** How many of the optimiser's front points are also on the grid's front. */
    private static String onGridFront(SweepReport r) {
        Set<Integer> grid = new HashSet<>();
        r.gridFront().forEach(p -> grid.add(p.index()));
        return Long.toString(r.optimizerFront().stream().filter(p -> grid.contains(p.index())).count());
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
