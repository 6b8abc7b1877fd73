package org.aimcgen.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.aimcgen.sim.SimulationRun;
import org.aimcgen.sim.Simulator;

/** The summary table of 'aimcgen simulate', one row per run, and the spread of a sweep. */
final class SimulationTable {
    private SimulationTable() {
    }

    /** The gated fraction in %, or n/a when the channels were not read back. */
    static String gated(SimulationRun.Result r) {
        return r.summary().gatedPct() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", r.summary().gatedPct());
    }

    static void print(PrintStream out, List<SimulationRun.Result> results, Simulator sim) {
        out.printf(Locale.ROOT, "%-22s %6s %6s %5s %10s %10s %11s %11s %8s %9s%n", "run", "VDD_V", "T_C", "VMMs",
                "mismatches", "rms_%FS", "max_%FS", "model_rms", "gated_%", "VMM/s");
        for (SimulationRun.Result r : results) {
            out.printf(Locale.ROOT, "%-22s %6.3f %6.1f %5d %10d %10.4f %11.4f %11.4f %8s %9.3g%n",
                    r.point().label(), r.point().cfg().vdd(), r.point().cfg().tempC(), r.summary().vmms(),
                    r.summary().mismatches(), r.summary().rmsErrPctFs(), r.summary().maxErrPctFs(),
                    r.model().rmsErrPctFs(), gated(r), r.vmmsPerSecond());
        }
        if (results.size() > 1) {
            double min = results.stream().mapToDouble(r -> r.summary().rmsErrPctFs()).min().orElse(0);
            double max = results.stream().mapToDouble(r -> r.summary().rmsErrPctFs()).max().orElse(0);
            double mean = results.stream().mapToDouble(r -> r.summary().rmsErrPctFs()).average().orElse(0);
            out.printf(Locale.ROOT, "RMS error over %d runs: mean %.4f %% FS, min %.4f, max %.4f (spread %.4f)%n",
                    results.size(), mean, min, max, max - min);
        }
        for (SimulationRun.Result r : results) {
            out.println("plot:  " + r.plot() + "  (measured vs ideal results, error histogram)");
            if (r.waves() != null) {
                out.println("waves: gtkwave " + r.waves());
            }
        }
        out.println("simulator: " + sim.label() + "; logs: " + results.get(0).log().getParent());
    }
}
