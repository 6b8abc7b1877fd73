package org.aimcgen.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

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

    /**
     * The same, its element ids prefixed: VectorGraphics2D names a clip path after its
     * rectangle, so two plots of one page with the same plot area would share an id.
     */
    public static String inlineSvg(Chart<?, ?> chart, String idPrefix) {
        return inlineSvg(chart).replace("id=\"clip", "id=\"" + idPrefix + "-clip")
                .replace("url(#clip", "url(#" + idPrefix + "-clip");
    }

    /** Charts side by side in one SVG document, each its own nested SVG. */
    public static String svgRow(List<? extends Chart<?, ?>> charts) {
        int width = 0;
        int height = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < charts.size(); i++) {
            Chart<?, ?> c = charts.get(i);
            body.append(String.format(Locale.ROOT, "<g transform=\"translate(%d 0)\">%n", width))
                    .append(inlineSvg(c, "plot" + i)).append("</g>\n");
            width += c.getWidth();
            height = Math.max(height, c.getHeight());
        }
        return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg "
                + "xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                width, height, width, height) + body + "</svg>\n";
    }
}
