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
    /** tiny with the full charge range: its results have no fraction bits (adc.rangeShift = 0). */
    private final MacroConfig tiny = org.aimcgen.config.ConfigLoader.load(
            TestSupport.repoRoot().resolve("configs/tiny.yaml"), java.util.List.of("adc.rangeShift=0"));

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
        // The full-range conversion (the tracked range has its own check: RangeTest).
        MacroConfig cfg = org.aimcgen.config.ConfigLoader.load(TestSupport.repoRoot().resolve("configs/picoram-4b.yaml"),
                java.util.List.of("adc.rangeShift=0"));
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

    /**
     * SNR = 20 log10(RMS ideal / RMS error), both in output LSB, and saturated results, on
     * hand-made results of tiny: 63/720 LSB per unit of the ideal sum, a 9-bit signed output
     * word (63 codes x |w| <= 8 over groups of 3: up to 168, 8 bits and the sign), so the
     * limits are -256 and 255.
     */
    @Test
    void metricsGiveTheSnrAndTheSaturatedResults() {
        assertEquals(9, tiny.outputBits());
        double perMac = 63.0 / 720;
        long[][] results = {
            {9, 100},        // ideal 8.75 LSB, error +0.25
            {-3, 0},         // the zero vector: no signal, error -3
            {255, 2000},     // ideal 175: at the top of the word, saturated
            {-256, -2000},   // ideal -175: at the bottom, saturated
            {-255, -2900},   // ideal -253.75: one LSB inside, not saturated
        };
        Metrics.Builder b = new Metrics.Builder(tiny);
        double idealSquares = 0;
        double errorSquares = 0;
        for (long[] r : results) {
            b.result(r[0], r[1]);
            double ideal = r[1] * perMac;
            idealSquares += ideal * ideal;
            errorSquares += (r[0] - ideal) * (r[0] - ideal);
        }
        Metrics m = b.build();
        double rmsIdeal = Math.sqrt(idealSquares / results.length);
        double rmsError = Math.sqrt(errorSquares / results.length);
        assertEquals(20 * Math.log10(rmsIdeal / rmsError), m.snrDb(), 1e-9);
        // By hand: ideals^2 = 8.75^2 + 2 x 175^2 + 253.75^2, errors^2 = 0.25^2 + 3^2 + 80^2 + 81^2 + 1.25^2.
        assertEquals(10 * Math.log10((76.5625 + 61250 + 64389.0625) / (0.0625 + 9 + 6400 + 6561 + 1.5625)),
                m.snrDb(), 1e-9);
        assertEquals(2, m.saturated());
        assertEquals(40.0, m.saturatedPct(), 1e-12);
        assertEquals(5, m.results());

        Metrics exact = new Metrics.Builder(tiny).result(Math.round(800 * perMac), 800).build();
        assertEquals(Double.POSITIVE_INFINITY, exact.snrDb(), "no error: infinite SNR");
        assertEquals(0, exact.saturated());
        assertTrue(Double.isNaN(new Metrics.Builder(tiny).build().snrDb()), "no results: no SNR");
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
        // Per VMM the results; each calibration VMM's codes, then per VMM the channels.
        assertEquals(3L * tiny.cols(), files.get("vmm_expected.txt").lines().count());
        assertEquals((long) tiny.calibrationVmms() * tiny.channels() + 3L * tiny.channels(),
                files.get("vmm_channels.txt").lines().count());
        assertEquals(files, VmmRun.create(tiny, 3, 7).files(), "seeded: the same run twice");
    }

    @Test
    void benchSummaryLineParses() {
        BenchSummary s = BenchSummary.parse("VMM n=12 mismatches=3 rms_err_pct_fs=0.250000 max_err_pct_fs=1.5 "
                + "gated_pct=37.500").orElseThrow();
        assertEquals(new BenchSummary(12, 3, 0.25, 1.5, 37.5, -1), s, "a line without saturated=");
        assertEquals(new BenchSummary(12, 0, 0.25, 1.5, -1.0, 7), BenchSummary.parse("VMM n=12 mismatches=0 "
                + "rms_err_pct_fs=0.250000 max_err_pct_fs=1.5 gated_pct=-1.000 saturated=7").orElseThrow());
        assertTrue(BenchSummary.parse("macro: vmms=6 mismatches=0").isEmpty());
    }
}
