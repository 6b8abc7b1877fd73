package org.aimcgen.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimcgen.model.estimate.CornerError;
import org.aimcgen.model.estimate.Datasheet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The datasheet's plots, each an XChart drawn to inline SVG: the converter's transfer and
 * its linearity, the error histogram, the energy and area breakdowns, and the error over
 * the PVT corners (when the datasheet has them).
 */
public final class DatasheetCharts {
    /** Above this many codes the transfer is drawn through its transitions, not as stairs. */
    private static final int MAX_STAIRS = 256;
    private static final double MIN_LINEARITY_SPAN_LSB = 0.1;

    /** One plot of the page: an anchor id, a heading, what it shows, and the SVG. */
    public record Figure(String id, String title, String caption, String svg) {
    }

    private DatasheetCharts() {
    }

    /** The plots; without a measurable ADC transfer (see AdcTransfer.measure), none of it. */
    public static List<Figure> figures(Datasheet ds, java.util.Optional<AdcTransfer> transfer) {
        List<Figure> out = new ArrayList<>();
        transfer.ifPresent(adc -> out.addAll(adcFigures(adc)));
        errorAndCostFigures(ds, out);
        return out;
    }

    private static List<Figure> adcFigures(AdcTransfer adc) {
        List<Figure> out = new ArrayList<>();
        Linearity l = adc.linearity();
        out.add(figure("adc-transfer", "ADC transfer", String.format(Locale.ROOT, "Channel %d (column 0, top weight "
                + "group), noise off: TDC code against the %s at every tile's converter, in LSB of %.4g mV from the "
                + "bottom of its range. Endpoint line through the first and last transitions.", adc.channel(),
                adc.inputName(), adc.lsbV() * 1e3), transfer(adc)));
        out.add(figure("adc-linearity", "ADC linearity", String.format(Locale.ROOT, "DNL and INL (endpoint fit) from "
                + "the code transitions: max |DNL| %.3f LSB, max |INL| %.3f LSB, %d missing codes.", l.maxAbsDnl(),
                l.maxAbsInl(), l.missingCodes()), linearity(l)));
        return out;
    }

    private static void errorAndCostFigures(Datasheet ds, List<Figure> out) {
        out.add(figure("error-histogram", "Error histogram", String.format(Locale.ROOT, "Every column result's error, "
                + "%% of full scale: %d seed(s) x %d VMMs x %d columns.", ds.error().seeds(),
                ds.error().vmmsPerSeed(), ds.config().cols()), Plots.histogram("Computing error",
                "error, % of full scale", "results", ds.error().errorsPctFs())));
        out.add(figure("energy", "Energy per VMM", "By block, pJ; they sum to the energy per VMM.",
                Plots.bars("Energy per VMM by block", "pJ", "energy", ds.estimate().energyPj())));
        out.add(figure("area", "Area", "By block, mm2; they sum to the macro's area.",
                Plots.bars("Area by block", "mm2", "area", ds.estimate().areaPartsMm2())));
        if (!ds.corners().isEmpty()) {
            out.add(figure("corners-rms", "Error across PVT corners", "RMS error, % of full scale, one seed at each "
                    + "corner of the supply and temperature grid (offset calibration at each corner).",
                    corners(ds.corners(), "RMS error over PVT corners", "% of full scale", CornerError::rmsPctFs)));
            out.add(figure("corners-snr", "SNR across PVT corners", "SNR, dB, at the same corners.",
                    corners(ds.corners(), "SNR over PVT corners", "dB", CornerError::snrDb)));
        }
    }

    private static Figure figure(String id, String title, String caption, Chart<?, ?> chart) {
        return new Figure(id, title, caption, Charts.inlineSvg(chart, id));
    }

    /*
     * XChart puts a tick at every value of an axis whose values, in the order the series
     * give them, are equally spaced (the codes are): its spacing hint then does nothing. So
     * each chart adds first a series whose values break that order (the endpoint line; INL
     * at the code edges, between the DNL's codes), which is also the natural drawing order.
     */

    static XYChart transfer(AdcTransfer adc) {
        Linearity l = adc.linearity();
        double[] x = l.transitions();
        XYChart chart = Plots.xy("ADC transfer, channel " + adc.channel(), adc.inputName() + ", LSB", "TDC code");
        int last = x.length - 1;
        XYSeries line = chart.addSeries("endpoint line", new double[] {x[0], x[last]},
                new double[] {l.firstCode() + 1, l.firstCode() + 1 + last});
        line.setMarker(SeriesMarkers.NONE);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        boolean stairs = x.length <= MAX_STAIRS;
        xs.add(0.0);
        ys.add((double) l.firstCode());
        for (int i = 0; i < x.length; i++) {
            if (stairs) {
                xs.add(x[i]);
                ys.add((double) l.firstCode() + i);
            }
            xs.add(x[i]);
            ys.add((double) l.firstCode() + i + 1);
        }
        XYSeries code = chart.addSeries("code", xs, ys);
        code.setMarker(SeriesMarkers.NONE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return chart;
    }

    /** INL at each transition, the edge between two codes (k - 1/2); DNL at each code. */
    static XYChart linearity(Linearity l) {
        XYChart chart = Plots.xy("ADC linearity", "code", "LSB");
        double[] edges = new double[l.inlLsb().length];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = l.firstCode() + i + 0.5;
        }
        XYSeries inl = chart.addSeries("INL", edges, l.inlLsb());
        inl.setMarker(SeriesMarkers.NONE);
        double[] codes = new double[l.dnlLsb().length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = l.firstCode() + i + 1;
        }
        XYSeries dnl = chart.addSeries("DNL", codes, l.dnlLsb());
        dnl.setMarker(SeriesMarkers.NONE);
        // At least +-0.1 LSB, so a converter linear to rounding draws flat, not its rounding noise magnified.
        double span = Math.max(MIN_LINEARITY_SPAN_LSB, 1.1 * Math.max(l.maxAbsDnl(), l.maxAbsInl()));
        chart.getStyler().setYAxisMin(-span);
        chart.getStyler().setYAxisMax(span);
        chart.getStyler().setYAxisDecimalPattern(Plots.decimalPattern(span));
        return chart;
    }

    static CategoryChart corners(List<CornerError> corners, String title, String unit,
            java.util.function.ToDoubleFunction<CornerError> value) {
        Map<String, Double> bars = new LinkedHashMap<>();
        for (CornerError c : corners) {
            bars.put(String.format(Locale.ROOT, "%.3g V %.0f C", c.vdd(), c.tempC()), value.applyAsDouble(c));
        }
        return Plots.bars(title, unit, unit, bars);
    }
}
