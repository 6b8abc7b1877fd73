package org.aimcgen.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Param;

/**
 * The computing error taken apart (docs/ANALOG_MODELS.md, "Error budget"): the same run of
 * uniform random VMMs through the Java model (which both simulators match bit for bit),
 * once with every non-ideality off, then with one at a time, each on the design of the full
 * configuration (same pedestal, same calibration procedure): every non-ideality off (the
 * quantisation), and the full run without each one in turn. A non-ideality's share is the
 * root of the RMS error squared the full run loses without it; the budget's total is the
 * root sum of squares, set beside the RMS error of the run with everything on.
 *
 * <ul>
 * <li><b>quantisation</b>: every non-ideality off: the TDC's rounding of each channel and of
 * its zero code, and the code gain residue at a corner (the ramp mirror's);</li>
 * <li><b>capacitor mismatch</b>: DAC and charge-sharing capacitors;</li>
 * <li><b>comparator offset after calibration</b>: the sub-code part the zero codes cannot
 * remove (whole codes at adc.zeroFractionBits = 0; averaged over 2^z calibration VMMs,
 * which the noise dithers, otherwise);</li>
 * <li><b>noise</b>: kT/C of the shared capacitance and the comparator's decision noise in
 * the measured VMMs (the run without it keeps the calibration VMMs' noise, which dithers the
 * averaged calibration; what that noise leaves in the zero codes is not a line of its own);</li>
 * <li><b>gain residue</b>: at a corner, the quantisation run's excess over the nominal
 * corner's (zero at the nominal corner by definition).</li>
 * </ul>
 */
public final class ErrorBudget {
    /** One contributor: RMS error in % of full scale and in output LSB. */
    public record Line(String contributor, double rmsPctFs, double rmsLsb) {
    }

    /** The contributors, their root sum of squares and the run with everything on. */
    public record Table(MacroConfig cfg, List<Line> lines, Line total, Line simulated) {
        /** |total - simulated| / simulated. */
        public double disagreement() {
            return Math.abs(total.rmsPctFs() - simulated.rmsPctFs()) / simulated.rmsPctFs();
        }

        public String markdown() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "| contributor (%s, %.2f V, %.0f C) | RMS %% FS | RMS LSB |%n|---|---|---|%n",
                    cfg.name(), cfg.vdd(), cfg.tempC()));
            for (Line l : lines) {
                sb.append(row(l));
            }
            sb.append(row(total)).append(row(simulated));
            return sb.toString();
        }

        private static String row(Line l) {
            return String.format(Locale.ROOT, "| %s | %.4f | %.3f |%n", l.contributor(), l.rmsPctFs(), l.rmsLsb());
        }
    }

    private ErrorBudget() {
    }

    /**
     * The budget of cfg at its own supply and temperature; nominal is the same macro at its
     * node's nominal supply and 27 C, for the gain residue.
     */
    public static Table of(MacroConfig cfg, MacroConfig nominal, int vmms, long stimulusSeed) {
        double pedestal = new AnalogModel(cfg).designPedestalV();
        double lsbPerPct = VmmRun.fullScaleResult(cfg) / 100.0;
        double all = rms(cfg, pedestal, vmms, stimulusSeed);
        double quantisation = rms(only(cfg, false, false, false), pedestal, vmms, stimulusSeed);
        double quantisationNominal = rms(only(nominal, false, false, false), pedestal, vmms, stimulusSeed);
        List<Line> lines = new ArrayList<>();
        lines.add(line("quantisation", Math.min(quantisation, quantisationNominal), lsbPerPct));
        // Each non-ideality: what the full run loses without it (the others stay on), as an
        // RMS: the interactions (offsets spread the zero codes' rounding) then count where
        // they act.
        lines.add(line("capacitor mismatch", without(all, only(cfg, false, true, true), pedestal, vmms,
                stimulusSeed), lsbPerPct));
        lines.add(line("comparator offset after calibration", without(all, only(cfg, true, false, true),
                pedestal, vmms, stimulusSeed), lsbPerPct));
        // Without the measured VMMs' noise, the calibration's stays: it dithers the averaged
        // offset calibration, and what it leaves in the zero codes is the calibration's.
        double quiet = rms(new AnalogModel(cfg, cfg.vdd(), cfg.tempC(), pedestal, cfg.calibrationVmms()), vmms,
                stimulusSeed);
        lines.add(line("kT/C and comparator noise", lost(all, quiet), lsbPerPct));
        lines.add(line("gain residue (ramp mirror)", Math.sqrt(Math.max(0.0,
                quantisation * quantisation - quantisationNominal * quantisationNominal)), lsbPerPct));
        double sumSquares = 0.0;
        for (Line l : lines) {
            sumSquares += l.rmsPctFs() * l.rmsPctFs();
        }
        Line total = line("total (root sum of squares)", Math.sqrt(sumSquares), lsbPerPct);
        Line simulated = line("simulated (all on)", all, lsbPerPct);
        return new Table(cfg, lines, total, simulated);
    }

    /** The RMS error the full run (all) has beyond the run without one non-ideality (rest). */
    private static double without(double all, MacroConfig rest, double pedestal, int vmms, long seed) {
        return lost(all, rms(rest, pedestal, vmms, seed));
    }

    /** The RMS error a run of RMS all has beyond one of RMS rest: sqrt(all^2 - rest^2), never negative. */
    private static double lost(double all, double rest) {
        return Math.sqrt(Math.max(0.0, all * all - rest * rest));
    }

    private static Line line(String name, double pctFs, double lsbPerPct) {
        return new Line(name, pctFs, pctFs * lsbPerPct);
    }

    private static double rms(MacroConfig cfg, double pedestal, int vmms, long seed) {
        return rms(new AnalogModel(cfg, cfg.vdd(), cfg.tempC(), pedestal), vmms, seed);
    }

    private static double rms(AnalogModel model, int vmms, long seed) {
        return VmmRun.create(model, vmms, seed).modelMetrics().rmsErrPctFs();
    }

    /** cfg with only the named non-idealities left on (at their configured values). */
    static MacroConfig only(MacroConfig cfg, boolean mismatch, boolean offset, boolean noise) {
        java.util.Map<Param, Object> v = new EnumMap<>(cfg.values());
        if (!mismatch) {
            v.put(Param.CAP_MISMATCH_PCT, 0.0);
        }
        if (!offset) {
            v.put(Param.COMPARATOR_OFFSET_MV, 0.0);
        }
        v.put(Param.NOISE, noise && cfg.noise());
        return MacroConfig.of(v);
    }
}
