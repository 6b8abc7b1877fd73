package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.FuseSocCoreEmitter;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.model.VmmRun;
import org.aimcgen.sim.BenchSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated FuseSoC core of the tiny macro through the FuseSoC of scripts/install-tools
 * (build/venv): its lint target, and its Icarus simulation, whose VMM check must print the
 * summary line that the generated Makefile's run of the same bench prints. The outputs and
 * FuseSoC's build folder are under target/test-work/, apart from each other.
 */
class FuseSocCoreTest {
    private static MacroConfig cfg;
    private static Path out;
    private static Path buildRoot;

    @BeforeAll
    static void generateTiny() throws Exception {
        cfg = TestSupport.preset("tiny.yaml");
        Path work = TestSupport.workDir("fusesoc-core");
        out = work.resolve("out");
        buildRoot = work.resolve("fusesoc-build");
        OutputWriter.write(out, cfg, new Generator().generate(cfg));
    }

    private static TestSupport.Run fusesoc(String target) throws Exception {
        Path tool = TestSupport.repoRoot().resolve("build/venv/bin/fusesoc");
        assertTrue(Files.isExecutable(tool), tool + " is missing: run scripts/install-tools");
        return TestSupport.run(out, 300, tool.toString(), "--cores-root", out.toString(), "run",
                "--build-root", buildRoot.toString(), "--target", target, FuseSocCoreEmitter.coreName(cfg));
    }

    private static BenchSummary onlySummary(String output) {
        List<BenchSummary> lines = output.lines().map(BenchSummary::parse).flatMap(Optional::stream).toList();
        assertEquals(1, lines.size(), "one VMM summary line:\n" + output);
        return lines.get(0);
    }

    /** Verilator -Wall exits non-zero on any warning, and FuseSoC with it. */
    @Test
    void lintTargetPasses() throws Exception {
        TestSupport.Run lint = fusesoc("lint");
        assertEquals(0, lint.exit(), lint.output());
        assertTrue(Files.isDirectory(buildRoot), "FuseSoC built in its own folder");
    }

    @Test
    void icarusTargetPassesTheVmmCheckAsMakeDoes() throws Exception {
        TestSupport.Run sim = fusesoc("sim_icarus");
        assertEquals(0, sim.exit(), sim.output());
        BenchSummary viaFuseSoc = onlySummary(sim.output());
        assertEquals(VmmRun.PRESET_VMMS, viaFuseSoc.vmms(), "tb_vmm ran its VMMs");
        assertEquals(0, viaFuseSoc.mismatches(), sim.output());

        Path simDir = out.resolve("sim").resolve(cfg.name());
        TestSupport.Run make = TestSupport.run(simDir, 300, "make", "icarus-tb_vmm");
        assertEquals(0, make.exit(), make.output());
        assertEquals(onlySummary(make.output()), viaFuseSoc, "the same bench, files and simulator give the same run");
    }
}
