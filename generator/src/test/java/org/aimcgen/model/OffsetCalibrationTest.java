package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Zero input must read zero after the reference subtraction, with the comparator offsets
 * of the configuration on (noise off: a noise draw is not an offset). Each tile's and the
 * reference's comparators have independent offsets, so the plain subtraction leaves up to
 * a code per group; the offset calibration (zero codes) removes them.
 */
class OffsetCalibrationTest {

    private static MacroConfig quiet(String preset) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset),
                List.of("nonideal.noise=false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml", "aidac-1024x256.yaml"})
    void zeroInputReadsZeroOnceCalibrated(String preset) {
        MacroConfig cfg = quiet(preset);
        assertTrue(cfg.comparatorOffsetMv() > 0, "offsets on");
        VmmRun run = VmmRun.create(cfg, 1, 3);
        assertArrayEquals(new long[cfg.cols()], run.outcomes().get(0).results(), preset);
        assertArrayEquals(new long[cfg.cols()], run.ideals().get(0));
    }

    /** Without the calibration the offsets show at zero input: the calibration is needed. */
    @ParameterizedTest
    @ValueSource(strings = {"aidac-1024x256.yaml"})
    void uncalibratedZeroInputShowsTheOffsets(String preset) {
        MacroConfig cfg = quiet(preset);
        AnalogModel model = new AnalogModel(cfg);
        int[][] w = Stimulus.macroWeights(cfg);
        var zero = new StandInModel.Scenario(true, 8, false, cfg.defaultConvertCycles(), new int[cfg.rows()]);
        long[] plain = AnalogMacroModel.run(model, w, zero, 0).results();
        assertTrue(Arrays.stream(plain).anyMatch(y -> y != 0), "offsets leave codes at zero input");
    }

    /**
     * With the pedestal, every offset is a pure time shift at every input: a calibrated
     * converter with offsets reads what an offset-free one reads, within one code per group.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "aidac-1024x256.yaml"})
    void calibrationCancelsOffsetsAtEveryInput(String preset) {
        MacroConfig cfg = quiet(preset);
        MacroConfig ideal = ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset),
                List.of("nonideal.noise=false", "nonideal.comparatorOffsetMv=0"));
        VmmRun withOffsets = VmmRun.create(cfg, 4, 11);
        VmmRun without = VmmRun.create(ideal, 4, 11);
        double bound = 0;
        for (int g = 0; g < cfg.groups(); g++) {
            bound += 2 * (1L << (g * cfg.capGroup()));
        }
        for (int n = 1; n < 4; n++) {
            long[] a = withOffsets.outcomes().get(n).results();
            long[] b = without.outcomes().get(n).results();
            for (int c = 0; c < cfg.cols(); c++) {
                assertTrue(Math.abs(a[c] - b[c]) <= bound, preset + " VMM " + n + " column " + c + ": " + a[c]
                        + " vs " + b[c]);
            }
        }
        assertEquals(withOffsets.ideals().get(1)[0], without.ideals().get(1)[0], "same vectors");
    }
}
