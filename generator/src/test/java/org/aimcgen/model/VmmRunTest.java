package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.sim.BenchSummary;
import org.junit.jupiter.api.Test;

class VmmRunTest {
    private final MacroConfig tiny = TestSupport.preset("tiny.yaml");

    @Test
    void idealVmmUsesSignedWeights() {
        int[][] w = new int[tiny.rows()][tiny.cols()];
        int[] x = new int[tiny.rows()];
        Arrays.fill(x, tiny.inputMax());
        for (int[] row : w) {
            Arrays.fill(row, tiny.weightZeroPoint());
        }
        assertArrayEquals(new long[tiny.cols()], VmmRun.idealMacs(tiny, w, x), "the zero point is zero");
        for (int[] row : w) {
            row[0] = 0;    // most negative: -8 for 4-bit signed
            row[1] = 15;   // most positive: +7
        }
        long[] y = VmmRun.idealMacs(tiny, w, x);
        assertEquals(16 * 15 * -8L, y[0]);
        assertEquals(16 * 15 * 7L, y[1]);
    }

    /** tiny: 16 rows, 4-bit inputs (max 15), 4-bit signed weights (|w| <= 8), 6-bit ADC, groups of 2 bits. */
    @Test
    void scaleOfTheResultFollowsTheAdcSpan() {
        double perMac = 63.0 / (16 * 15 * 3);   // 2^6 - 1 codes over rows x inputMax x groupMax
        assertEquals(perMac, VmmRun.resultPerMac(tiny), 1e-15);
        assertEquals(16 * 15 * 8 * perMac, VmmRun.fullScaleResult(tiny), 1e-12);
    }

    /**
     * The stand-in converts exactly (integer codes of the ideal charge), so its results must
     * equal ideal x resultPerMac within the floor of each group code and of the reference's:
     * an independent check of the scale the bench measures errors with.
     */
    @Test
    void idealConvertersMatchTheIdealVmmWithinQuantisation() {
        MacroConfig cfg = TestSupport.preset("picoram-4b.yaml");
        Random rnd = new Random(5);
        int[][] w = Stimulus.macroWeights(cfg);
        double bound = 0;
        for (int g = 0; g < cfg.groups(); g++) {
            bound += 2.0 * (1L << (g * cfg.capGroup()));
        }
        for (int v = 0; v < 20; v++) {
            int[] x = new int[cfg.rows()];
            for (int r = 0; r < x.length; r++) {
                x[r] = rnd.nextInt(cfg.inputMax() + 1);
            }
            var o = StandInModel.run(cfg, w, new StandInModel.Scenario(false, 4, false, cfg.defaultConvertCycles(), x));
            long[] ideal = VmmRun.idealMacs(cfg, w, x);
            for (int c = 0; c < cfg.cols(); c++) {
                double err = o.results()[c] - ideal[c] * VmmRun.resultPerMac(cfg);
                assertTrue(Math.abs(err) < bound, "column " + c + " error " + err + " LSB, bound " + bound);
            }
        }
    }

    @Test
    void metricsAccumulateRmsMaxAndGating() {
        double perMac = VmmRun.resultPerMac(tiny);
        double fs = VmmRun.fullScaleResult(tiny);
        // Two results with errors of +1 and -3 output LSB.
        Metrics m = new Metrics.Builder(tiny).result(Math.round(100 * perMac) + 1, 100).result(-3, 0)
                .gating(30, 10).gating(-1, -1).gating(0, 0).build();
        double e1 = 100.0 * (Math.round(100 * perMac) + 1 - 100 * perMac) / fs;
        double e2 = 100.0 * -3 / fs;
        assertEquals(Math.sqrt((e1 * e1 + e2 * e2) / 2), m.rmsErrPctFs(), 1e-12);
        assertEquals(Math.max(Math.abs(e1), Math.abs(e2)), m.maxErrPctFs(), 1e-12);
        assertEquals(25.0, m.gatedPct(), 1e-12);
        assertEquals(2, m.results());
    }

    @Test
    void runFilesHoldOneVectorPerVmmAndTheSettings() {
        VmmRun run = VmmRun.create(tiny, 3, 7);
        var files = run.files();
        assertEquals(List.of("vmm_run.txt", "vmm_weights.hex", "vmm_in_0.hex", "vmm_in_1.hex", "vmm_in_2.hex",
                "vmm_expected.txt", "vmm_channels.txt"), List.copyOf(files.keySet()));
        assertEquals("3 1 " + MacroConfig.EARLY_MARGIN_RESET + " " + tiny.defaultConvertCycles(),
                files.get("vmm_run.txt").trim());
        assertEquals(tiny.rows() / tiny.actWordRows(), files.get("vmm_in_1.hex").lines().count());
        // Per VMM the results; the calibration VMM's codes, then per VMM the channels.
        assertEquals(3L * tiny.cols(), files.get("vmm_expected.txt").lines().count());
        assertEquals(tiny.channels() + 3L * tiny.channels(), files.get("vmm_channels.txt").lines().count());
        assertEquals(files, VmmRun.create(tiny, 3, 7).files(), "seeded: the same run twice");
    }

    @Test
    void benchSummaryLineParses() {
        BenchSummary s = BenchSummary.parse("VMM n=12 mismatches=3 rms_err_pct_fs=0.250000 max_err_pct_fs=1.5 "
                + "gated_pct=37.500").orElseThrow();
        assertEquals(new BenchSummary(12, 3, 0.25, 1.5, 37.5), s);
        assertTrue(BenchSummary.parse("macro: vmms=6 mismatches=0").isEmpty());
    }
}
