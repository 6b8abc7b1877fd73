package org.aimcgen.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.VmmRun;
import org.aimcgen.report.Charts;
import org.aimcgen.report.Plots;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The picture of a run, as SVG drawn by XChart with axes, ticks and legends (any browser
 * opens it): left, every column result the bench read against the ideal VMM, both in
 * output LSB, with the ideal line; right, the histogram of the errors in % of full scale.
 * Drawn from tb_vmm's vmm_results.txt, that is from what the simulation produced, not from
 * the model.
 */
public final class TransferPlot {
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
        Files.writeString(svg, Charts.svgRow(List.of(scatter(points, title), histogram(cfg, points))),
                StandardCharsets.UTF_8);
        return svg;
    }

    static XYChart scatter(List<Point> points, String title) {
        double span = 1.0;
        double[] ideal = new double[points.size()];
        double[] measured = new double[points.size()];
        for (int i = 0; i < ideal.length; i++) {
            ideal[i] = points.get(i).ideal();
            measured[i] = points.get(i).measured();
            span = Math.max(span, Math.max(Math.abs(ideal[i]), Math.abs(measured[i])));
        }
        XYChart chart = Plots.xy(title, "ideal result, output LSB", "measured result, output LSB");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        // The ideal line first, so the measured points are drawn over it.
        XYSeries line = chart.addSeries("ideal", new double[] {-span, span}, new double[] {-span, span});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        XYSeries results = chart.addSeries("results (" + points.size() + ")", ideal, measured);
        results.setMarker(SeriesMarkers.CIRCLE);
        return chart;
    }

    static CategoryChart histogram(MacroConfig cfg, List<Point> points) {
        double fullScale = VmmRun.fullScaleResult(cfg);
        List<Double> errors = new ArrayList<>();
        for (Point p : points) {
            errors.add(100.0 * (p.measured() - p.ideal()) / fullScale);
        }
        return Plots.histogram("Error of every result", "error, % of full scale", "results", errors);
    }
}
