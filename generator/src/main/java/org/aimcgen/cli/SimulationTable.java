package org.aimcgen.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.aimcgen.sim.SimulationRun;
import org.aimcgen.sim.Simulator;

/**
 * The summary table of 'aimcgen simulate', one row per run, and the spread of a sweep.
 * rms_%FS, max_%FS and gated_% are the bench's summary; snr_dB and sat are the simulated
 * results read back from vmm_results.txt; model_rms and model_snr are the Java model's.
 */
final class SimulationTable {
    private SimulationTable() {
    }

    /** The gated fraction in %, or n/a when the channels were not read back. */
    static String gated(SimulationRun.Result r) {
        return r.summary().gatedPct() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", r.summary().gatedPct());
    }

    /** An SNR in dB: inf when every result was exact, n/a without signal or results. */
    static String decibels(double db) {
        if (Double.isNaN(db)) {
            return "n/a";
        }
        if (Double.isInfinite(db)) {
            return db > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.2f", db);
    }

    static void print(PrintStream out, List<SimulationRun.Result> results, Simulator sim) {
        out.printf(Locale.ROOT, "%-22s %6s %6s %5s %10s %10s %11s %11s %8s %9s %6s %8s %9s%n", "run", "VDD_V", "T_C",
                "VMMs", "mismatches", "rms_%FS", "max_%FS", "model_rms", "snr_dB", "model_snr", "sat", "gated_%",
                "VMM/s");
        for (SimulationRun.Result r : results) {
            out.printf(Locale.ROOT, "%-22s %6.3f %6.1f %5d %10d %10.4f %11.4f %11.4f %8s %9s %6d %8s %9.3g%n",
                    r.point().label(), r.point().cfg().vdd(), r.point().cfg().tempC(), r.summary().vmms(),
                    r.summary().mismatches(), r.summary().rmsErrPctFs(), r.summary().maxErrPctFs(),
                    r.model().rmsErrPctFs(), decibels(r.simulated().snrDb()), decibels(r.model().snrDb()),
                    r.simulated().saturated(), gated(r), r.vmmsPerSecond());
        }
        if (results.size() > 1) {
            out.println(spread(results));
        }
        for (SimulationRun.Result r : results) {
            out.println("plot:  " + r.plot() + "  (measured vs ideal results, error histogram)");
            if (r.waves() != null) {
                out.println("waves: gtkwave " + r.waves());
            }
        }
        out.println("simulator: " + sim.label() + "; logs: " + results.get(0).log().getParent());
    }

    /**
     * The spread of a sweep: the RMS error's mean, min, max; the worst run's RMS error over
     * the nominal run's (how much the corners and seeds cost against the nominal design);
     * the range of the SNR.
     */
    static String spread(List<SimulationRun.Result> results) {
        double min = results.stream().mapToDouble(r -> r.summary().rmsErrPctFs()).min().orElse(0);
        double max = results.stream().mapToDouble(r -> r.summary().rmsErrPctFs()).max().orElse(0);
        double mean = results.stream().mapToDouble(r -> r.summary().rmsErrPctFs()).average().orElse(0);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "RMS error over %d runs: mean %.4f %% FS, min %.4f, max %.4f (spread %.4f)", results.size(), mean, min,
                max, max - min));
        results.stream().filter(r -> r.point().nominal()).findFirst().ifPresent(nominal -> {
            SimulationRun.Result worst = results.stream()
                    .max(Comparator.comparingDouble(r -> r.summary().rmsErrPctFs())).orElseThrow();
            double base = nominal.summary().rmsErrPctFs();
            line.append(String.format(Locale.ROOT, "; worst/nominal %s (%s over %s)",
                    base > 0 ? String.format(Locale.ROOT, "%.2fx", worst.summary().rmsErrPctFs() / base) : "n/a",
                    worst.point().label(), nominal.point().label()));
        });
        double snrMin = results.stream().mapToDouble(r -> r.simulated().snrDb()).min().orElse(Double.NaN);
        double snrMax = results.stream().mapToDouble(r -> r.simulated().snrDb()).max().orElse(Double.NaN);
        line.append("; SNR ").append(decibels(snrMin)).append(" to ").append(decibels(snrMax)).append(" dB");
        return line.toString();
    }
}
