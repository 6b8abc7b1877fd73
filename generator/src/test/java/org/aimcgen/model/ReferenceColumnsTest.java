package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

/**
 * array.referenceColumns (W): the reference column is W unit columns in parallel, so each of
 * its sharing capacitors is W x 2^j units and its relative error has sigma_u / sqrt(2^j W);
 * the other columns and the DAC capacitors do not change.
 */
class ReferenceColumnsTest {
    private static MacroConfig tiny(String... sets) {
        List<String> all = new ArrayList<>(List.of("array.rows=16", "array.cols=4", "array.tileRows=8",
                "precision.inputBits=4", "precision.weightBits=4", "precision.capGroup=2", "adc.bits=8"));
        all.addAll(List.of(sets));
        return ConfigLoader.parse("", "test", all);
    }

    /** Over many seeds, the reference column's share errors have sigma_u / sqrt(2^j W). */
    @Test
    void referenceShareMismatchSigmaFallsAsOneOverSqrtW() {
        int seeds = 3000;
        for (int w : new int[] {1, 4, 16, 9}) {
            double[] sumSquares = new double[4];
            double sigmaUnit = 0.0;
            for (int s = 0; s < seeds; s++) {
                MacroConfig cfg = tiny("array.referenceColumns=" + w, "nonideal.seed=" + s);
                sigmaUnit = cfg.capMismatchPct() / 100.0;
                AnalogModel m = new AnalogModel(cfg);
                for (int b = 0; b < cfg.weightBits(); b++) {
                    double e = m.shareMismatch(cfg.cols(), b);
                    sumSquares[b] += e * e;
                }
            }
            for (int b = 0; b < sumSquares.length; b++) {
                double want = sigmaUnit / Math.sqrt((1 << (b % 2)) * (double) w);
                double got = Math.sqrt(sumSquares[b] / seeds);
                // The sample sigma of 3000 normal draws has a standard error of 1.3 %: 6 % is over four.
                assertEquals(1.0, got / want, 0.06, "W = " + w + ", bit " + b + ": sigma " + got + ", want " + want);
            }
        }
    }

    /** The same draws, scaled: the reference's error is the W = 1 error over sqrt(W), element for element. */
    @Test
    void theReferenceDrawIsTheUnitColumnsDrawOverSqrtW() {
        MacroConfig one = tiny("array.referenceColumns=1");
        MacroConfig wide = tiny("array.referenceColumns=16");
        AnalogModel m1 = new AnalogModel(one);
        AnalogModel m16 = new AnalogModel(wide);
        for (int b = 0; b < one.weightBits(); b++) {
            int units = 1 << (b % one.capGroup());
            double normal = Rng.normal(one.seed(), Rng.SHARE_MISMATCH, one.cols(), b, 0);
            assertEquals(one.capMismatchPct() / 100.0 / Math.sqrt(units) * normal, m1.shareMismatch(one.cols(), b),
                    0.0, "W = 1: the unit column's draw, unchanged");
            assertEquals(m1.shareMismatch(one.cols(), b) / 4.0, m16.shareMismatch(one.cols(), b), 1e-18, "bit " + b);
            for (int c = 0; c < one.cols(); c++) {
                assertEquals(m1.shareMismatch(c, b), m16.shareMismatch(c, b), 0.0, "column " + c + " is one column");
            }
        }
        for (int row = 0; row < one.rows(); row++) {
            for (int k = 0; k < one.inputBits(); k++) {
                assertEquals(m1.dacMismatch(row, k), m16.dacMismatch(row, k), 0.0, "the DAC rows are shared");
            }
        }
    }

    /** The default preset (ADC range 3, so W = 16 derived) computes with a smaller error than with W = 1. */
    @Test
    void aWideReferenceLowersTheDefaultPresetsError() {
        MacroConfig derived = TestSupport.preset("aidac-1024x256.yaml");
        MacroConfig unit = ConfigLoader.load(TestSupport.repoRoot().resolve("configs/aidac-1024x256.yaml"),
                List.of("array.referenceColumns=1"));
        assertEquals(16, derived.referenceColumns());
        double wide = VmmRun.create(derived, ErrorBudgetTest.VMMS, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics()
                .rmsErrPctFs();
        double narrow = VmmRun.create(unit, ErrorBudgetTest.VMMS, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics()
                .rmsErrPctFs();
        assertTrue(wide < 0.9 * narrow, "RMS error " + wide + " % FS with W = 16, " + narrow + " with W = 1");
    }
}
