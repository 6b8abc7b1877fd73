package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

/**
 * The offset calibration averaged over 2^z zero-vector VMMs (adc.zeroFractionBits z): zero
 * codes with z fraction bits, the combine's rounding, the derived default, and what it buys.
 */
class ZeroFractionTest {

    private static MacroConfig load(String preset, String... sets) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset), List.of(sets));
    }

    /** One column, two 2-bit groups, unsigned weights (no range): channels col0 g0, ref g0, col0 g1, ref g1. */
    private static final MacroConfig TWO_GROUPS = ConfigLoader.parse("", "test", List.of("array.rows=8",
            "array.cols=1", "array.tileRows=4", "precision.inputBits=2", "precision.weightBits=4",
            "precision.capGroup=2", "precision.signedWeights=false", "adc.bits=8", "adc.zeroFractionBits=2"));

    /** Codes of col0 g0, ref g0, col0 g1, ref g1 (channel = g x 2 + col), the same in every case below. */
    private static final int[] CODES = {10, 4, 7, 5};

    private static long combine(int... zeros) {
        return StandInModel.combine(TWO_GROUPS, CODES, zeros)[0];
    }

    @Test
    void derivedDefaultIsFourWithARangeElseZero() {
        assertEquals(4, TestSupport.preset("aidac-1024x256.yaml").zeroFractionBits());
        assertEquals(4, TestSupport.preset("picoram-4b.yaml").zeroFractionBits());
        assertEquals(0, load("tiny.yaml", "precision.signedWeights=false").zeroFractionBits(), "no range");
        assertEquals(0, load("aidac-1024x256.yaml", "adc.rangeShift=0").zeroFractionBits());
        assertEquals(2, load("aidac-1024x256.yaml", "adc.rangeShift=0", "adc.zeroFractionBits=2").zeroFractionBits());
        MacroConfig aidac = TestSupport.preset("aidac-1024x256.yaml");
        assertEquals(16, aidac.calibrationVmms());
        assertEquals(aidac.tdcCodeBits() + 4, aidac.zeroCodeBits());
    }

    /**
     * Zero codes in quarter codes (z = 2). Worked by hand: a group's calibrated difference is
     * (code - zero/4) - (ref - refZero/4); group 1 weighs 4; the sum is rounded half up.
     */
    @Test
    void combineSubtractsFractionalZeroCodesAndRoundsTheSumHalfUp() {
        assertEquals(2, TWO_GROUPS.zeroFractionBits());
        assertEquals(0, TWO_GROUPS.outputFractionBits());
        // g0: (10 - 9.25) - (4 - 3.5) = 0.25; g1: (7 - 6.5) - (5 - 4.75) = 0.25, x4 = 1.
        // Sum 1.25: rounds to 1.
        assertEquals(1, combine(37, 14, 26, 19));
        // g0: (10 - 9) - (4 - 3.5) = 0.5; g1 as above, 1. Sum 1.5: half up, 2.
        assertEquals(2, combine(36, 14, 26, 19));
        // g0 0.5; g1: (7 - 6.5) - (5 - 4) = -0.5, x4 = -2. Sum -1.5: half up, -1.
        assertEquals(-1, combine(36, 14, 26, 16));
        // g0 0.25; g1 -2. Sum -1.75: -2.
        assertEquals(-2, combine(37, 14, 26, 16));
        // g0: (10 - 9.75) - (4 - 4) = 0.25; g1 -2. Sum -1.75 again, from other fractions: -2.
        assertEquals(-2, combine(39, 16, 26, 16));
        // Whole zero codes (multiples of 4) give the integer calibration exactly:
        // (10 - 9) - (4 - 3) + ((7 - 6) - (5 - 3)) x 4 = -4.
        assertEquals(-4, combine(36, 12, 24, 12));
    }

    /** The combine at z = 0 is the integer calibration: no shift, no rounding. */
    @Test
    void zeroFractionBitsIsTheIntegerCombine() {
        MacroConfig cfg = load("picoram-4b.yaml", "adc.zeroFractionBits=0", "adc.rangeShift=0");
        Random rnd = new Random(3);
        int codeMax = (1 << cfg.tdcCodeBits()) - 1;
        for (int trial = 0; trial < 20; trial++) {
            int[] codes = new int[cfg.channels()];
            int[] zeros = new int[cfg.channels()];
            for (int ch = 0; ch < codes.length; ch++) {
                codes[ch] = rnd.nextInt(codeMax + 1);
                zeros[ch] = rnd.nextInt(codeMax / 2);
            }
            long[] y = StandInModel.combine(cfg, codes, zeros);
            long max = (1L << (cfg.outputBits() - 1)) - 1;
            for (int col = 0; col < cfg.cols(); col++) {
                long want = 0;
                for (int g = 0; g < cfg.groups(); g++) {
                    int ch = cfg.channel(col, g);
                    int ref = cfg.channel(cfg.cols(), g);
                    want += ((codes[ch] - zeros[ch]) - (codes[ref] - zeros[ref])) * (1L << (g * cfg.capGroup()));
                }
                assertEquals(Math.max(-max - 1, Math.min(max, want)), y[col], "trial " + trial + " column " + col);
            }
        }
    }

    /**
     * At z = 0 the run calibrates with one zero-vector VMM (conversion 0), as before: its
     * zero codes are that VMM's codes, so the run's first VMM, a zero vector again with its
     * own noise, reads within a code per group, and its results are the integer combine.
     */
    @Test
    void zeroFractionBitsRunIsTheSingleConversionCalibration() {
        MacroConfig cfg = load("aidac-1024x256.yaml", "adc.zeroFractionBits=0", "array.cols=16",
                "macro.name=z0_check");
        VmmRun run = VmmRun.create(cfg, 2, 5);
        int[] zeros = run.zeroCodes();
        int codeMax = (1 << cfg.tdcCodeBits()) - 1;
        for (int code : zeros) {
            assertTrue(code >= 0 && code <= codeMax, "a zero code is one code: " + code);
        }
        for (StandInModel.Outcome o : run.outcomes()) {
            int[] codes = o.rawCodes();
            long[] want = new long[cfg.cols()];
            for (int col = 0; col < cfg.cols(); col++) {
                for (int g = 0; g < cfg.groups(); g++) {
                    int ch = cfg.channel(col, g);
                    long cal = codes[ch] - zeros[ch];
                    if (cfg.tracksReference()) {
                        want[col] += cal << (g * cfg.capGroup() + cfg.outputFractionBits() - cfg.rangeShift());
                    } else {
                        int ref = cfg.channel(cfg.cols(), g);
                        want[col] += (cal - (codes[ref] - zeros[ref])) << (g * cfg.capGroup() + cfg.outputFractionBits());
                    }
                }
            }
            assertArrayEquals(want, o.results());
        }
    }

    /** Averaging 16 calibration VMMs lowers the default preset's RMS error (model only). */
    @Test
    void averagedCalibrationLowersTheDefaultPresetsError() {
        MacroConfig averaged = TestSupport.preset("aidac-1024x256.yaml");
        MacroConfig single = load("aidac-1024x256.yaml", "adc.zeroFractionBits=0");
        assertEquals(4, averaged.zeroFractionBits());
        double rmsAveraged = VmmRun.create(averaged, 10, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics().rmsErrPctFs();
        double rmsSingle = VmmRun.create(single, 10, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics().rmsErrPctFs();
        assertTrue(rmsAveraged < rmsSingle, "RMS error " + rmsAveraged + " % FS at z = 4 against " + rmsSingle
                + " % FS at z = 0");
    }
}
