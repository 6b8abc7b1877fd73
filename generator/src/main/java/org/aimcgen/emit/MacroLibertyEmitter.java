package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.config.Technology;
import org.aimcgen.model.estimate.ErrorRun;
import org.aimcgen.model.estimate.Estimate;
import org.aimcgen.model.estimate.Estimator;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.aimcgen.ports.SupplyPins;
import org.aimcgen.rtl.MacroPorts;

/**
 * rtl-out/NAME/NAME.lib and NAME_&lt;corner&gt;.lib: the Liberty of the whole macro, for a
 * parent design's synthesis and timing. Pins from the top's port list
 * (MacroPorts.topPorts), supplies from SupplyPins; setup, hold, clock-to-output and
 * combinational arcs from the measured pin timing (MacroTiming, 'make timing'), never
 * invented: without a timing file the macro gets no Liberty. Area, leakage and energy from
 * the datasheet's estimate.
 *
 * <p>Corners: the timing is measured once, at the library's typical corner, taken as the
 * node's nominal supply and 27 C. Every other point (the configured one, NAME.lib, and the
 * nine of 'simulate --corners', PvtCorners.grid) scales it by the node's delay law, the one
 * the ring oscillator follows (Technology.roPeriodNs: C VDD / I, alpha-power drive). It is
 * a derivation, not a characterisation: each file says so.
 */
public final class MacroLibertyEmitter implements Emitter {
    /** The estimate's energy parts drawn from VDD (the control's cells); the rest but leakage is VDDA's. */
    static final Set<String> DIGITAL_ENERGY = Set.of("TDC counters", "control logic");
    static final String LEAKAGE_ENERGY = "leakage";

    private final Templates templates;

    public MacroLibertyEmitter(Templates templates) {
        this.templates = templates;
    }

    /** The nominal file: the configured supply and temperature. */
    public static String file(MacroConfig cfg) {
        return Layout.rtlDir(cfg) + "/" + cfg.name() + ".lib";
    }

    public static String cornerFile(MacroConfig cfg, PvtCorners.Corner c) {
        return Layout.rtlDir(cfg) + "/" + cfg.name() + "_" + cornerName(c) + ".lib";
    }

    /** 0.65 V, -40 C -> 0p65v_m40c. */
    public static String cornerName(PvtCorners.Corner c) {
        String v = String.format(Locale.ROOT, "%.2f", c.vdd()).replace('.', 'p');
        long t = Math.round(c.tempC());
        return v + "v_" + (t < 0 ? "m" + (-t) : Long.toString(t)) + "c";
    }

    /** Every file this emitter writes when the macro has a timing file. */
    public static List<String> files(MacroConfig cfg) {
        List<String> out = new ArrayList<>(List.of(file(cfg)));
        corners(cfg).forEach(c -> out.add(cornerFile(cfg, c)));
        return out;
    }

    /**
     * The grid's distinct corners: where the node's nominal supply is the grid's highest
     * (65 nm: 1.2 V), the grid names it twice per temperature, and one file is enough.
     */
    public static List<PvtCorners.Corner> corners(MacroConfig cfg) {
        return PvtCorners.grid(cfg.technology()).stream().distinct().toList();
    }

    /**
     * Delay at a supply and temperature relative to the measured point (the node's nominal
     * supply, 27 C): the ring oscillator's law, Technology.roPeriodNs.
     */
    static double delayScale(Technology t, double vdd, double tempC) {
        return t.roPeriodNs(vdd, tempC) / t.roPeriodNs(t.vddNominal(), Technology.NOMINAL_TEMP_C);
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        MacroTiming timing = ctx.timing();
        if (timing == null) {
            return List.of();
        }
        check(cfg, timing);
        List<OutputFile> out = new ArrayList<>();
        out.add(render(cfg, timing, cfg.name(), new PvtCorners.Corner(cfg.vdd(), cfg.tempC()), file(cfg)));
        for (PvtCorners.Corner c : corners(cfg)) {
            out.add(render(cfg, timing, cfg.name() + "_" + cornerName(c), c, cornerFile(cfg, c)));
        }
        return out;
    }

    /** The timing file names exactly the top's pins (but clk and reset, which it does not time). */
    static void check(MacroConfig cfg, MacroTiming timing) {
        PortList top = MacroPorts.topPorts(cfg);
        Set<String> inputs = new TreeSet<>();
        Set<String> outputs = new TreeSet<>();
        for (Port p : top.ports()) {
            if (p.isInput() && !p.name().equals(MacroPorts.CLOCK) && !p.name().equals("reset")) {
                inputs.add(p.name());
            } else if (!p.isInput()) {
                outputs.add(p.name());
            }
        }
        if (!inputs.equals(new TreeSet<>(timing.inputs().keySet()))
                || !outputs.containsAll(timing.outputs().keySet())
                || timing.combs().stream().anyMatch(c -> !inputs.contains(c.from()) || !outputs.contains(c.to()))) {
            throw new IllegalStateException("the timing file's pins are not the top's of " + cfg.name()
                    + " (measured on other RTL: run make macro-lib in sim/" + cfg.name() + ")");
        }
    }

    /** One pin or bus of the view, its figures already scaled to the file's corner and formatted. */
    public record Pin(String name, boolean input, boolean bus, int width, boolean clock, String setupNs,
            String holdNs, String capPf, String clkToQNs, String slewNs, List<Arc> combs) {
        public String busType() {
            return "bus" + width;
        }
    }

    /**
     * A combinational arc into an output pin. A bus input is named bit by bit: OpenSTA pairs
     * a bus with a bus bit for bit, and these arcs run from every bit to every bit.
     */
    public record Arc(String relatedPins, String delayNs) {
    }

    private OutputFile render(MacroConfig cfg, MacroTiming timing, String library, PvtCorners.Corner c, String path) {
        Technology t = cfg.technology();
        double k = delayScale(t, c.vdd(), c.tempC());
        MacroConfig atCorner = ErrorRun.atCorner(cfg, c.vdd(), c.tempC());
        // Ungated: the ADC gating's saving depends on the data (the datasheet measures it).
        Estimate est = Estimator.estimate(atCorner, 0.0);
        double cyclesPerVmm = est.latencyNsPerVmm() / cfg.clockPeriodNs();
        double digitalPj = 0.0;
        double analogPj = 0.0;
        for (Map.Entry<String, Double> e : est.energyPj().entrySet()) {
            if (DIGITAL_ENERGY.contains(e.getKey())) {
                digitalPj += e.getValue();
            } else if (!e.getKey().equals(LEAKAGE_ENERGY)) {
                analogPj += e.getValue();
            }
        }
        List<Pin> pins = new ArrayList<>();
        TreeSet<Integer> busWidths = new TreeSet<>();
        PortList top = MacroPorts.topPorts(cfg);
        for (Port p : top.ports()) {
            MacroTiming.Input in = timing.inputs().get(p.name());
            MacroTiming.Output o = timing.outputs().get(p.name());
            List<Arc> combs = timing.combs().stream().filter(a -> a.to().equals(p.name()) && a.maxNs() != null)
                    .map(a -> new Arc(bits(top, a.from()), ns(k * a.maxNs()))).toList();
            pins.add(new Pin(p.name(), p.isInput(), p.vector(), p.width(), p.name().equals(MacroPorts.CLOCK),
                    in == null || in.setupNs() == null ? null : ns(k * in.setupNs()),
                    in == null || in.holdNs() == null ? null : ns(k * in.holdNs()),
                    in == null || in.capPf() == null ? null : ns(in.capPf()) /* pF, same resolution */,
                    o == null || o.maxNs() == null ? null : ns(k * o.maxNs()),
                    o == null || o.slewNs() == null ? null : ns(k * o.slewNs()), combs));
            if (p.vector()) {
                busWidths.add(p.width());
            }
        }
        SupplyPins.Supply vdd = SupplyPins.power(cfg, SupplyPins.Domain.DIGITAL);
        SupplyPins.Supply vss = SupplyPins.ground(cfg, SupplyPins.Domain.DIGITAL);
        return new OutputFile(path, templates.render("lib/macro.lib.vm", cfg, Map.ofEntries(
                Map.entry("library", library),
                Map.entry("corner", c),
                Map.entry("nominal", path.equals(file(cfg))),
                Map.entry("delayScale", String.format(Locale.ROOT, "%.4f", k)),
                Map.entry("timing", timing),
                Map.entry("clockPin", MacroPorts.CLOCK),
                Map.entry("pins", pins),
                Map.entry("busWidths", List.copyOf(busWidths)),
                Map.entry("supplies", SupplyPins.of(cfg)),
                Map.entry("signalPower", vdd.name()),
                Map.entry("signalGround", vss.name()),
                Map.entry("analogPower", SupplyPins.power(cfg, SupplyPins.Domain.ANALOG).name()),
                Map.entry("areaUm2", String.format(Locale.ROOT, "%.1f", est.areaMm2() * 1e6)),
                Map.entry("leakageNw", String.format(Locale.ROOT, "%.3f", est.idlePjPerCycle() / cfg.clockPeriodNs() * 1e3)),
                Map.entry("energyPjPerVmm", String.format(Locale.ROOT, "%.3f", est.energyPjPerVmm())),
                Map.entry("cyclesPerVmm", String.format(Locale.ROOT, "%.0f", cyclesPerVmm)),
                Map.entry("digitalPjPerCycle", String.format(Locale.ROOT, "%.6f", digitalPj / cyclesPerVmm)),
                Map.entry("analogPjPerCycle", String.format(Locale.ROOT, "%.6f", analogPj / cyclesPerVmm)))));
    }

    /** A pin's name, or its bits' names for a bus: "a[0] a[1] ...". */
    private static String bits(PortList top, String pin) {
        Port p = top.ports().stream().filter(q -> q.name().equals(pin)).findFirst().orElseThrow();
        if (!p.vector()) {
            return p.name();
        }
        List<String> out = new ArrayList<>();
        for (int b = 0; b < p.width(); b++) {
            out.add(p.name() + "[" + b + "]");
        }
        return String.join(" ", out);
    }

    /** Delays to the picosecond's tenth: what the measurement resolves. */
    private static String ns(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
