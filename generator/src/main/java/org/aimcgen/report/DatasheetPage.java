package org.aimcgen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimcgen.Version;
import org.aimcgen.config.Param;
import org.aimcgen.emit.Templates;
import org.aimcgen.model.estimate.Datasheet;
import org.aimcgen.model.estimate.Estimate;
import org.aimcgen.model.estimate.PublishedMacro;

/**
 * datasheet.html: a narrow view of the datasheet for templates/report/datasheet.html.vm,
 * every text already HTML-escaped and every number already formatted, so the template
 * holds layout only. Self-contained: the plots are inline SVG, the style is inline, there
 * is no script and no external reference.
 */
public final class DatasheetPage {
    static final String TEMPLATE = "report/datasheet.html.vm";

    /** One line of a table, cells in column order, escaped. */
    public record Row(List<String> cells) {
    }

    private final Datasheet ds;
    private final List<DatasheetCharts.Figure> figures;

    private final boolean hasTransfer;

    private DatasheetPage(Datasheet ds, java.util.Optional<AdcTransfer> adc) {
        this.ds = ds;
        this.figures = DatasheetCharts.figures(ds, adc);
        this.hasTransfer = adc.isPresent();
    }

    public static String render(Datasheet ds, java.util.Optional<AdcTransfer> adc) {
        return new Templates().render(TEMPLATE, ds.config(), Map.of("page", new DatasheetPage(ds, adc)));
    }

    public String macro() {
        return escape(ds.config().name());
    }

    public String generator() {
        return escape("aimcgen " + Version.get());
    }

    public String workload() {
        return escape(ds.workload());
    }

    public String monteCarlo() {
        return escape(String.format(Locale.ROOT, "%d Monte Carlo seed(s) (nonideal.seed %d onwards) x %d VMMs "
                + "each, after the offset calibration; %.3g %% of results saturated", ds.error().seeds(),
                ds.config().seed(), ds.error().vmmsPerSeed(), ds.error().saturatedPct()));
    }

    public String errorPctFsDefinition() {
        return escape(Datasheet.ERROR_PCT_FS_DEFINITION);
    }

    public String snrDefinition() {
        return escape(Datasheet.SNR_DEFINITION);
    }

    /** The figures of merit: name, value, unit, JSON key. */
    public List<Row> merits() {
        Estimate e = ds.estimate();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Throughput", num(e.throughputTops()), "TOPS", "throughputTops"));
        rows.add(row("Energy efficiency", num(e.efficiencyTopsPerW()), "TOPS/W", "efficiencyTopsPerW"));
        rows.add(row("Latency", num(e.latencyNsPerVmm()), "ns per VMM", "latencyNsPerVmm"));
        rows.add(row("Energy", num(e.energyPjPerVmm()), "pJ per VMM", "energyPjPerVmm"));
        rows.add(row("Area", num(e.areaMm2()), "mm2", "areaMm2"));
        rows.add(row("Weight density", num(e.densityKbPerMm2()), "Kb/mm2", "densityKbPerMm2"));
        rows.add(row("Error, RMS", num(ds.error().rmsPctFs()), "% of full scale", "errorRmsPctFs"));
        rows.add(row("Error, max", num(ds.error().maxPctFs()), "% of full scale", "errorMaxPctFs"));
        rows.add(row("SNR", num(ds.error().snrDb()), "dB", "snrDb"));
        rows.add(row("ADC gated fraction", num(e.adcGatedFraction()), "of comparator cycles", "adcGatedFraction"));
        return rows;
    }

    /** This macro first, then the published ones; "-" where a paper gives no figure. */
    public List<Row> comparison() {
        Estimate e = ds.estimate();
        List<Row> rows = new ArrayList<>();
        rows.add(row(ds.config().name() + " (this datasheet, model)", "aimcgen " + Version.get(),
                ds.config().node().replace("nm", " nm"), num(e.throughputTops()), num(e.efficiencyTopsPerW()),
                num(e.latencyNsPerVmm()), num(e.densityKbPerMm2()), num(ds.error().rmsPctFs()) + " (RMS, % FS)",
                String.format(Locale.ROOT, "%d x %d, %d-bit inputs, %d-bit weights", ds.config().rows(),
                        ds.config().cols(), ds.config().inputBits(), ds.config().weightBits())));
        for (PublishedMacro p : PublishedMacro.all()) {
            rows.add(row(p.name(), p.source(), p.node(), num(p.tops()), num(p.topsPerW()), num(p.latencyNs()),
                    num(p.densityKbPerMm2()), num(p.errorPct()), p.note()));
        }
        return rows;
    }

    /** The resolved configuration: key, value, unit, meaning. */
    public List<Row> parameters() {
        List<Row> rows = new ArrayList<>();
        ds.config().values().forEach((Param p, Object v) -> rows.add(row(p.key(), String.valueOf(v), p.unit(),
                p.description())));
        return rows;
    }

    public List<DatasheetCharts.Figure> figures() {
        return figures;
    }

    public boolean hasTransfer() {
        return hasTransfer;
    }

    public boolean hasCorners() {
        return !ds.corners().isEmpty();
    }

    private static Row row(String... cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(escape(c));
        }
        return new Row(out);
    }

    /** Four significant digits, plain where that reads better; NaN is a figure not given. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == 0.0) {
            return "0";
        }
        double a = Math.abs(v);
        return a >= 1e-3 && a < 1e6 ? new java.math.BigDecimal(v).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString() : String.format(Locale.ROOT, "%.3e", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
