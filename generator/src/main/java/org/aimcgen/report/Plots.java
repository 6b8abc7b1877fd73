package org.aimcgen.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The chart kinds aimcgen draws, styled alike (white background, legend inside, grid,
 * ticks on both axes): an XY chart, a histogram and a bar chart. Datasheet and simulation
 * plots are built from these, so every page looks the same.
 */
public final class Plots {
    public static final int WIDTH = 560;
    public static final int HEIGHT = 380;
    /** Histogram bins: fine enough to show the shape of a few hundred results. */
    public static final int BINS = 41;

    private Plots() {
    }

    public static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setMarkerSize(4);
        return chart;
    }

    /**
     * The histogram of values (at least one), BINS bins symmetric about zero over the
     * largest |value|: errors are signed, and a bias shows as an off-centre peak.
     */
    public static CategoryChart histogram(String title, String xTitle, String series, List<Double> values) {
        double span = 1e-12;
        for (double v : values) {
            span = Math.max(span, Math.abs(v));
        }
        double width = 2 * span / BINS;
        List<Double> centres = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            centres.add(-span + (b + 0.5) * width);
            counts.add(0);
        }
        for (double v : values) {
            int b = Math.min(BINS - 1, (int) Math.floor((v + span) / width));
            counts.set(b, counts.get(b) + 1);
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle("count").build();
        style(chart.getStyler());
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setAvailableSpaceFill(0.95);
        chart.getStyler().setXAxisMaxLabelCount(9);
        chart.getStyler().setXAxisDecimalPattern(decimalPattern(span));
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.addSeries(series, centres, counts);
        return chart;
    }

    /** One bar per entry, in the map's order. */
    public static CategoryChart bars(String title, String yTitle, String series, Map<String, Double> values) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.addSeries(series, new ArrayList<>(values.keySet()), new ArrayList<>(values.values()));
        return chart;
    }

    /** Tick labels with three significant digits at the scale of span. */
    static String decimalPattern(double span) {
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.max(span, 1e-12))));
        return decimals == 0 ? "0" : "0." + "0".repeat(Math.min(decimals, 8));
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotGridLinesColor(new Color(0xdd, 0xdd, 0xdd));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setAxisTicksMarksVisible(true);
        // Room between tick labels: XChart's default puts one at every integer of a short axis.
        s.setXAxisTickMarkSpacingHint(60);
        s.setYAxisTickMarkSpacingHint(40);
        s.setSeriesColors(new Color[] {new Color(0x1f, 0x5f, 0xbf), new Color(0xbf, 0x5f, 0x1f),
            new Color(0x3f, 0x9f, 0x3f), new Color(0x7f, 0x3f, 0x9f)});
        s.setLocale(java.util.Locale.ROOT);
    }
}
