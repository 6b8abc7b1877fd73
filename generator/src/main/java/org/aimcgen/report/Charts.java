package org.aimcgen.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Plots as SVG text, drawn by XChart (axes, ticks, legends), for embedding in a
 * self-contained HTML page or writing as a file. Headless: no window is opened.
 */
public final class Charts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** The chart as an SVG document (UTF-8 text). */
    public static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The SVG without its XML prolog and DOCTYPE, for inlining into HTML. */
    public static String inlineSvg(Chart<?, ?> chart) {
        String s = svg(chart);
        int start = s.indexOf("<svg");
        return start < 0 ? s : s.substring(start);
    }
}
