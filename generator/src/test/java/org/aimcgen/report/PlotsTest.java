package org.aimcgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.junit.jupiter.api.Test;

/** The histogram's bins, and the SVG of two plots on one page. */
class PlotsTest {
    @Test
    void theHistogramCountsEveryValueInItsBin() {
        List<Double> values = List.of(-1.0, 1.0, 0.0, 0.01, 0.99);
        CategoryChart chart = Plots.histogram("t", "x", "values", values);
        CategorySeries s = chart.getSeriesMap().get("values");
        List<Double> centres = new ArrayList<>();
        s.getXData().forEach(x -> centres.add(((Number) x).doubleValue()));
        List<Integer> counts = new ArrayList<>();
        s.getYData().forEach(y -> counts.add(y.intValue()));
        assertEquals(Plots.BINS, counts.size());
        assertEquals(values.size(), counts.stream().mapToInt(Integer::intValue).sum());
        // Symmetric about zero over the largest |value|: bins of 2/41, centres from -1 + 1/41.
        double width = 2.0 / Plots.BINS;
        assertEquals(-1 + width / 2, centres.get(0), 1e-12);
        assertEquals(1 - width / 2, centres.get(Plots.BINS - 1), 1e-12);
        assertEquals(1, counts.get(0), "-1 in the first bin");
        assertEquals(2, counts.get(Plots.BINS - 1), "0.99 and 1 (the top edge) in the last");
        assertEquals(2, counts.get(Plots.BINS / 2), "0 and 0.01 in the middle bin");
    }

    @Test
    void plotsOfOnePageHaveTheirOwnClipIds() {
        CategoryChart a = Plots.histogram("a", "x", "v", List.of(1.0, 2.0));
        CategoryChart b = Plots.histogram("b", "x", "v", List.of(1.0, 2.0));
        String sa = Charts.inlineSvg(a, "first");
        String sb = Charts.inlineSvg(b, "second");
        assertTrue(sa.startsWith("<svg"), "no XML prolog inside HTML");
        assertTrue(sa.contains("id=\"first-clip") && sa.contains("url(#first-clip"), "clip ids prefixed");
        assertFalse(sb.contains("first-clip"));
        // The same chart drawn twice is the same text: nothing in it depends on the run.
        assertEquals(sa, Charts.inlineSvg(Plots.histogram("a", "x", "v", List.of(1.0, 2.0)), "first"));
    }
}
