package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.junit.jupiter.api.Test;

/**
 * tb_rng in both simulators: the random-number macro of the electrical views, rendered as
 * Verilog, against the 32-bit functions of NAME_functions.vh (which agree with model/Rng).
 */
class RngBenchTest {
    @Test
    void limbRandomNumbersEqualTheSharedFunctionsInBothSimulators() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path root = TestSupport.workDir("rng-bench");
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path sim = root.resolve("sim").resolve(cfg.name());
        for (String target : List.of("icarus-tb_rng", "verilator-tb_rng")) {
            TestSupport.Run run = TestSupport.run(sim, 600, "make", target);
            assertEquals(0, run.exit(), target + ":\n" + run.output());
            List<double[]> s = TestSupport.summaries(run.output(), "tb_rng", "n", "mismatches", "max_abs_err");
            assertEquals(1, s.size(), run.output());
            assertTrue(s.get(0)[0] >= 1000, target + " compared a few thousand words:\n" + run.output());
            assertEquals(0, s.get(0)[1], target + ":\n" + run.output());
            assertTrue(s.get(0)[2] <= 1e-12, target + ": normals agree:\n" + run.output());
        }
    }
}
