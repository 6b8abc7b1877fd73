package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.sim.BenchSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's integration test: a parent design instantiates the generated tiny macro twice
 * next to logic of its own. Icarus simulates it with the real-number analog array: the
 * macro's own end-to-end bench (tb_vmm, which checks every result against the Java model)
 * drives the parent, once through each instance.
 */
class ParentDesignTest {
    private static Path out;
    private static Path sim;

    @BeforeAll
    static void generate() throws Exception {
        out = TestSupport.workDir("parent-design");
        TestSupport.CliResult g = TestSupport.cli("generate", TestSupport.repoRoot().resolve("configs/tiny.yaml")
                .toString(), "--out", out.toString(), "-q");
        assertEquals(0, g.exit(), g.err());
        sim = out.resolve("sim/tiny");
        List<ParentDesign.Port> ports = ParentDesign.ports(Files.readString(out.resolve("rtl-out/tiny/tiny.v")),
                "tiny");
        assertTrue(ports.size() > 20, "ports of tiny: " + ports);
        Files.writeString(sim.resolve("parent.v"), ParentDesign.verilog("tiny", ports));
    }

    @Test
    void oneVmmRunsThroughEachInstanceAsTheJavaModelSays() throws Exception {
        String bench = Files.readString(sim.resolve("tb_vmm.v"));
        for (int sel = 0; sel < 2; sel++) {
            String tb = "tb_parent" + sel;
            Files.writeString(sim.resolve(tb + ".v"), bench.replaceAll("\\btb_vmm\\b", tb)
                    .replace("tiny dut (", "parent #(.SEL(" + sel + ")) dut (")
                    .replace("endmodule", "  final $display(\"PARENT result_beats=%0d\", dut.result_beats);\nendmodule"));
            TestSupport.Run r = TestSupport.run(sim, 600, "make", "-s", "icarus-" + tb,
                    "FILES_" + tb + "=parent.v $(FILES_tb_vmm)");
            assertEquals(0, r.exit(), r.output());
            List<BenchSummary> s = r.output().lines().map(BenchSummary::parse).flatMap(java.util.Optional::stream)
                    .toList();
            assertEquals(1, s.size(), r.output());
            assertTrue(s.get(0).vmms() >= 1, "VMMs run through u" + sel + ": " + r.output());
            assertEquals(0, s.get(0).mismatches(), "mismatches through u" + sel + ": " + r.output());
            // The parent's own logic saw every result beat the bench took: a column a beat, of
            // the offset calibration's VMMs and the run's.
            java.util.regex.Matcher beats = java.util.regex.Pattern.compile("PARENT result_beats=(\\d+)")
                    .matcher(r.output());
            assertTrue(beats.find(), r.output());
            org.aimcgen.config.MacroConfig cfg = TestSupport.preset("tiny.yaml");
            assertEquals((cfg.calibrationVmms() + s.get(0).vmms()) * cfg.cols(), Integer.parseInt(beats.group(1)),
                    r.output());
        }
    }
}
