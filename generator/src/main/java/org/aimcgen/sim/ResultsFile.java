package org.aimcgen.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.Metrics;

/**
 * tb_vmm's vmm_results.txt: one line "vmm column result idealMac" per column result the
 * bench streamed, the result as the macro gave it (signed output word), the ideal integer
 * sum_r x_r w_r beside it. It holds the run's VMMs only, from vmm 0 (the zero vector of
 * model/VmmRun.java, whose ideals are all 0) to vmms - 1: the offset calibration's 2^z
 * zero vectors before them are drained unread (tb_vmm's calibrate_offsets), so they are in neither
 * this file nor the bench's summary, nor in the model's metrics (VmmRun.modelMetrics).
 */
public final class ResultsFile {
    public static final String NAME = "vmm_results.txt";

    /** One streamed result. */
    public record Line(int vmm, int col, long result, long idealMac) {
    }

    private ResultsFile() {
    }

    public static List<Line> read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = text.trim().split("\\s+");
            if (f.length == 4) {
                lines.add(new Line(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]),
                        Long.parseLong(f[3])));
            }
        }
        return lines;
    }

    /**
     * The simulated results' error (RMS and max % FS, SNR) and saturated count, the way the
     * model's are computed; no gating counts (gatedPct -1: those are the bench summary's).
     */
    public static Metrics metrics(MacroConfig cfg, Path file) throws IOException {
        Metrics.Builder b = new Metrics.Builder(cfg);
        for (Line l : read(file)) {
            b.result(l.result(), l.idealMac());
        }
        return b.build();
    }
}
