package org.aimcgen.sweep;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.aimcgen.report.Charts;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The sweep page's two Pareto plots, drawn by XChart as inline SVG: TOPS/W and TOPS/mm2
 * against the RMS error. Series: the other feasible points, the valid points a --require
 * excludes, the grid's front and the optimiser's front (drawn last, as crosses, so a point
 * on both fronts shows both marks). Empty series are left out (XChart refuses them).
 */
final class ParetoCharts {
    static final String ERROR_AXIS = "RMS error (% of full scale)";
    static final Color FEASIBLE = new Color(150, 150, 150);
    static final Color EXCLUDED = new Color(230, 180, 120);
    static final Color GRID_FRONT = new Color(200, 30, 30);
    static final Color OPTIMIZER_FRONT = new Color(20, 60, 200);
    /** The legend in words, for the caption under each plot (the SVG draws its text as outlines). */
    static final String LEGEND = "grey circles: other feasible points; orange squares: valid points outside --require; "
            + "red diamonds: the grid's Pareto front; blue crosses: NSGA-II's front";

    private ParetoCharts() {
    }

    static String efficiency(SweepReport d) {
        return chart(d, "TOPS/W against error", "TOPS/W", SweepPoint::topsPerW);
    }

    static String density(SweepReport d) {
        return chart(d, "TOPS/mm2 against error", "TOPS/mm2", SweepPoint::topsPerMm2);
    }

    private static String chart(SweepReport d, String title, String yTitle, ToDoubleFunction<SweepPoint> y) {
        XYChart c = new XYChartBuilder().width(640).height(440).title(title).xAxisTitle(ERROR_AXIS)
                .yAxisTitle(yTitle).build();
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setMarkerSize(9);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        Set<Integer> marked = new HashSet<>();
        d.gridFront().forEach(p -> marked.add(p.index()));
        d.optimizerFront().forEach(p -> marked.add(p.index()));
        List<SweepPoint> feasible = d.points().stream()
                .filter(p -> Requirement.feasible(p, d.requirements()) && !marked.contains(p.index())).toList();
        List<SweepPoint> excluded = d.points().stream()
                .filter(p -> p.valid() && !Requirement.feasible(p, d.requirements())).toList();
        add(c, "other feasible points", feasible, y, SeriesMarkers.CIRCLE, FEASIBLE);
        add(c, "valid, outside --require", excluded, y, SeriesMarkers.SQUARE, EXCLUDED);
        add(c, "grid Pareto front", d.gridFront(), y, SeriesMarkers.DIAMOND, GRID_FRONT);
        add(c, "NSGA-II front", d.optimizerFront(), y, SeriesMarkers.CROSS, OPTIMIZER_FRONT);
        return c.getSeriesMap().isEmpty() ? "" : Charts.inlineSvg(c);
    }

    private static void add(XYChart c, String name, List<SweepPoint> points, ToDoubleFunction<SweepPoint> y,
            Marker marker, Color color) {
        List<SweepPoint> plotted = points.stream()
                .filter(p -> Double.isFinite(p.errorRmsPctFs()) && Double.isFinite(y.applyAsDouble(p))).toList();
        if (plotted.isEmpty()) {
            return;
        }
        double[] xs = plotted.stream().mapToDouble(SweepPoint::errorRmsPctFs).toArray();
        double[] ys = plotted.stream().mapToDouble(y).toArray();
        XYSeries s = c.addSeries(name, xs, ys);
        s.setMarker(marker);
        s.setMarkerColor(color);
    }
}
