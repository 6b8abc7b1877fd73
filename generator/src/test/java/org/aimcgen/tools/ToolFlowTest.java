package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated outputs through the real tools, via the generated Makefile: Verilator
 * lint, Yosys synthesis, and both simulators running the benches against the Java models.
 * Work folders stay under target/test-work/ with their logs (make waves there for VCDs).
 */
class ToolFlowTest {
    static List<String> presets() throws Exception {
        return TestSupport.presetFiles();
    }

    private static Path generate(String preset, String workName) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path root = TestSupport.workDir(workName);
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        return root.resolve("sim").resolve(cfg.name());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void lintSynthAndSimulateInBothSimulators(String preset) throws Exception {
        Path sim = generate(preset, "toolflow-" + preset.replace(".yaml", ""));

        TestSupport.Run lint = TestSupport.run(sim, 300, "make", "lint");
        assertEquals(0, lint.exit(), "verilator -Wall lint:\n" + lint.output());
        assertFalse(lint.output().contains("%Warning"), lint.output());

        TestSupport.Run synth = TestSupport.run(sim, 300, "make", "synth");
        assertEquals(0, synth.exit(), "yosys:\n" + synth.output());
        String synthLog = Files.readString(sim.resolve("build/synth.log"));
        assertTrue(synthLog.contains("Found and reported 0 problems"), "yosys check must be clean");
        assertFalse(synthLog.contains("$_DLATCH"), "no latches");
        assertTrue(synthLog.contains("Number of cells"), synthLog);

        for (String simulator : List.of("sim-icarus", "sim-verilator")) {
            TestSupport.Run run = TestSupport.run(sim, 600, "make", simulator);
            assertEquals(0, run.exit(), simulator + ":\n" + run.output());
            List<double[]> seq = TestSupport.summaries(run.output(), "sequencer", "vmms", "mismatches");
            assertEquals(1, seq.size(), run.output());
            assertTrue(seq.get(0)[0] >= 10, "sequencer bench ran its VMMs");
            assertEquals(0, seq.get(0)[1], simulator + " sequencer:\n" + run.output());
            List<double[]> tile = TestSupport.summaries(run.output(), "tile_column", "vectors", "mismatches",
                    "max_abs_err_v");
            assertEquals(1, tile.size(), run.output());
            assertTrue(tile.get(0)[0] >= 19, "tile bench ran its vectors");
            assertEquals(0, tile.get(0)[1], simulator + " tile column:\n" + run.output());
            assertTrue(tile.get(0)[2] < 1e-9, "tile voltages match the Java model");
        }
    }

    /** The benches must be able to fail: a wrong expectation is caught by both. */
    @Test
    void benchesCatchAWrongExpectation() throws Exception {
        Path sim = generate("tiny.yaml", "toolflow-negative");
        Path tileExpected = sim.resolve("tile_column_expected.txt");
        List<String> lines = Files.readAllLines(tileExpected);
        lines.set(3, "1.0e-3");  // a non-zero group voltage where the model says otherwise
        Files.write(tileExpected, lines);
        Path seqExpected = sim.resolve("sequencer_expected.txt");
        List<String> seq = Files.readAllLines(seqExpected);
        seq.set(2, seq.get(2).replaceFirst("^\\d+", "99"));
        Files.write(seqExpected, seq);

        TestSupport.Run run = TestSupport.run(sim, 300, "make", "-k", "sim-icarus");
        assertNotEquals(0, run.exit(), run.output());
        List<double[]> tile = TestSupport.summaries(run.output(), "tile_column", "vectors", "mismatches");
        List<double[]> s = TestSupport.summaries(run.output(), "sequencer", "vmms", "mismatches");
        assertEquals(1, s.size(), run.output());
        assertEquals(1, tile.size(), run.output());
        assertEquals(1, s.get(0)[1], "exactly the one wrong phase length is reported: " + run.output());
        assertEquals(1, tile.get(0)[1], "exactly the one wrong voltage is reported: " + run.output());
    }
}
