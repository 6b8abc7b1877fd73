package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error budget of docs/ANALOG_MODELS.md adds up: on the default preset, at the nominal
 * corner and at the worst corner of 'simulate --corners' (0.65 V), the root sum of squares of the
 * contributors is within 10 % of the RMS error of the run with every non-ideality on (the
 * error the simulators measure, bit for bit the model's), and the gain residue is zero at
 * the nominal corner.
 */
class ErrorBudgetTest {
    static final int VMMS = 40;

    @ParameterizedTest
    @CsvSource({"27, 0.9", "27, 0.65"})
    void contributorsAddUpToTheSimulatedError(double tempC, double vdd) {
        MacroConfig cfg = load("technology.tempC=" + tempC, "technology.vdd=" + vdd);
        MacroConfig nominal = load();
        ErrorBudget.Table t = ErrorBudget.of(cfg, nominal, VMMS, VmmRun.DEFAULT_STIMULUS_SEED);
        System.out.println(t.markdown());
        assertTrue(t.disagreement() <= 0.10, "total against simulated:\n" + t.markdown());
        // The run with everything on is the run the simulators match (VmmRun, the same seeds).
        assertEquals(VmmRun.create(cfg, VMMS, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics().rmsErrPctFs(),
                t.simulated().rmsPctFs(), 1e-12);
        if (tempC == 27 && vdd == cfg.technology().vddNominal()) {
            assertEquals(0.0, t.lines().get(t.lines().size() - 1).rmsPctFs(), 0.0, "no gain residue at nominal");
        }
    }

    private static MacroConfig load(String... sets) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs/aidac-1024x256.yaml"), List.of(sets));
    }
}
