package org.aimcgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.sim.SimulationRun;

/**
 * simulate.csv in the work folder: one row per run (seed, corner) in run order, the summary table's figures at
 * full precision, and none of the run's timing, so the same runs give the same bytes wherever they ran (this
 * machine or a Slurm node). rms/max are % of full scale; gated_pct is empty when the channels were not read
 * back; SNR is inf when every result was exact.
 */
final class SimulationCsv {
    static final String FILE = "simulate.csv";
    static final List<String> COLUMNS = List.of("run", "vdd_V", "temp_C", "seed", "vmms", "mismatches",
            "rms_pct_fs", "max_pct_fs", "model_rms_pct_fs", "snr_dB", "model_snr_dB", "saturated", "results",
            "gated_pct");

    private SimulationCsv() {
    }

    static String of(List<SimulationRun.Result> results) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (SimulationRun.Result r : results) {
            List<String> row = List.of(r.point().label(), number(r.point().cfg().vdd()),
                    number(r.point().cfg().tempC()), String.valueOf(r.point().cfg().seed()),
                    String.valueOf(r.summary().vmms()), String.valueOf(r.summary().mismatches()),
                    number(r.summary().rmsErrPctFs()), number(r.summary().maxErrPctFs()),
                    number(r.model().rmsErrPctFs()), number(r.simulated().snrDb()), number(r.model().snrDb()),
                    String.valueOf(r.simulated().saturated()), String.valueOf(r.simulated().results()),
                    r.summary().gatedPct() < 0 ? "" : number(r.summary().gatedPct()));
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString();
    }

    static void write(Path file, List<SimulationRun.Result> results) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, of(results), StandardCharsets.UTF_8);
    }

    /** Every digit Java needs to read the double back; inf, -inf and nan as spreadsheets and pandas read them. */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }
}
