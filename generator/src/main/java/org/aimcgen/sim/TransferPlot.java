package org.aimcgen.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.VmmRun;

/**
 * The picture of a run, as SVG (any browser opens it): left, every column result the bench
 * read against the ideal VMM, both in output LSB, with the ideal line; right, the histogram
 * of the errors in % of full scale. Drawn from tb_vmm's vmm_results.txt, that is from what
 * the simulation produced, not from the model.
 */
public final class TransferPlot {
    private static final int PANEL = 360;
    private static final int MARGIN = 50;
    private static final int BINS = 41;

    private TransferPlot() {
    }

    /** One result: measured and ideal, output LSB. */
    record Point(double ideal, double measured) {
    }

    public static List<Point> read(MacroConfig cfg, Path resultsFile) throws IOException {
        double perMac = VmmRun.resultPerMac(cfg);
        List<Point> points = new ArrayList<>();
        for (ResultsFile.Line l : ResultsFile.read(resultsFile)) {
            points.add(new Point(l.idealMac() * perMac, l.result()));
        }
        return points;
    }

    /** Writes the SVG; returns its path. */
    public static Path write(MacroConfig cfg, Path resultsFile, Path svg, String title) throws IOException {
        List<Point> points = read(cfg, resultsFile);
        double fullScale = VmmRun.fullScaleResult(cfg);
        double span = 1.0;
        for (Point p : points) {
            span = Math.max(span, Math.max(Math.abs(p.ideal()), Math.abs(p.measured())));
        }
        span *= 1.05;
        StringBuilder s = new StringBuilder();
        int width = 2 * PANEL + 3 * MARGIN;
        int height = PANEL + 2 * MARGIN;
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\">%s</text>%n", MARGIN,
                escape(title)));
        // Left panel: measured vs ideal.
        int x0 = MARGIN;
        int y0 = MARGIN;
        frame(s, x0, y0, "ideal result, LSB (+-" + fmt(span) + ")", "measured result, LSB");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                x0, y0 + PANEL, x0 + PANEL, y0));
        for (Point p : points) {
            double px = x0 + (p.ideal() / span + 1) / 2 * PANEL;
            double py = y0 + PANEL - (p.measured() / span + 1) / 2 * PANEL;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.5\" fill=\"#1f5fbf\"/>%n",
                    px, py));
        }
        // Right panel: histogram of the error, % of full scale.
        double maxErr = 1e-9;
        double[] errs = new double[points.size()];
        for (int i = 0; i < errs.length; i++) {
            errs[i] = 100.0 * (points.get(i).measured() - points.get(i).ideal()) / fullScale;
            maxErr = Math.max(maxErr, Math.abs(errs[i]));
        }
        int[] bins = new int[BINS];
        for (double e : errs) {
            int b = (int) Math.floor((e / maxErr + 1) / 2 * (BINS - 1) + 0.5);
            bins[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        int top = 1;
        for (int b : bins) {
            top = Math.max(top, b);
        }
        int x1 = 2 * MARGIN + PANEL;
        frame(s, x1, y0, "error, % of full scale (+-" + fmt(maxErr) + ")", "results (max " + top + ")");
        double barWidth = (double) PANEL / BINS;
        for (int b = 0; b < BINS; b++) {
            double h = (double) bins[b] / top * PANEL;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#bf5f1f\"/>%n", x1 + b * barWidth, y0 + PANEL - h, barWidth * 0.9, h));
        }
        s.append("</svg>\n");
        Files.writeString(svg, s.toString(), StandardCharsets.UTF_8);
        return svg;
    }

    private static void frame(StringBuilder s, int x, int y, String xLabel, String yLabel) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#333\"/>%n", x, y, PANEL, PANEL));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x, y + PANEL + 30,
                escape(xLabel)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" transform=\"rotate(-90 %d %d)\">%s</text>%n",
                x - 10, y + PANEL, x - 10, y + PANEL, escape(yLabel)));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
