package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.emit.bench.RegisterInclude;
import org.aimcgen.rtl.Field;
import org.aimcgen.rtl.RegisterMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The firmware's register views through PeakRDL and a C compiler: 'make regs' makes the
 * committed C header again byte for byte, and the HTML page; and tb_macro, with every
 * register address and field mask taken from the C header (a C program compiled against it
 * writes the benches' register include), programs the VMMs through APB and matches the Java
 * model. With two addresses swapped in the header's numbers the same bench must fail.
 */
class RegisterHeaderTest {
    static List<String> presets() throws Exception {
        return TestSupport.presetFiles();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void makeRegsMakesTheCommittedHeaderAndThePage(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path root = TestSupport.repoRoot();
        Path sim = root.resolve(Layout.simDir(cfg));
        TestSupport.Run run = TestSupport.run(sim, 120, "make", "-s", "regs",
                "PEAKRDL=" + TestSupport.venvTool("peakrdl"));
        assertEquals(0, run.exit(), run.output());
        Path header = sim.resolve("build/regs/" + cfg.name() + "_regs.h");
        Path committed = root.resolve(Layout.rtlDir(cfg)).resolve("regs/" + cfg.name() + "_regs.h");
        assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(header),
                committed + " is not what 'make regs' makes now: run scripts/update-golden");
        assertTrue(Files.size(sim.resolve("build/regs/html/index.html")) > 0, "no HTML page");
        // The header is C that a firmware build accepts.
        TestSupport.Run cc = TestSupport.run(sim, 60, "cc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only",
                "-x", "c", header.toString());
        assertEquals(0, cc.exit(), cc.output());
    }

    @Test
    void tbMacroRunsOnTheHeadersNumbers() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path root = TestSupport.workDir("register_header_bench");
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path sim = root.resolve(Layout.simDir(cfg));
        TestSupport.Run regs = TestSupport.run(sim, 120, "make", "-s", "regs",
                "PEAKRDL=" + TestSupport.venvTool("peakrdl"));
        assertEquals(0, regs.exit(), regs.output());
        Path include = sim.resolve(RegisterInclude.fileName(cfg));
        int vmms = Files.readAllLines(sim.resolve("macro_vmms.txt")).size();

        Files.writeString(include, includeFromHeader(cfg, sim, false));
        String pass = runBench(sim);
        List<double[]> summary = TestSupport.summaries(pass, "macro", "vmms", "mismatches");
        assertEquals(1, summary.size(), pass);
        assertEquals(vmms, (int) summary.get(0)[0], pass);
        assertEquals(0, (int) summary.get(0)[1], pass);

        // The control: RAW_CODE and RESULT swapped in the header's numbers must show.
        Files.writeString(include, includeFromHeader(cfg, sim, true));
        String fail = runBench(sim);
        List<double[]> swapped = TestSupport.summaries(fail, "macro", "vmms", "mismatches");
        assertEquals(1, swapped.size(), fail);
        assertTrue(swapped.get(0)[1] > 0, "the bench did not notice swapped addresses:\n" + fail);
    }

    private static String runBench(Path sim) throws Exception {
        Files.deleteIfExists(sim.resolve("build/tb_macro.vvp"));
        TestSupport.Run run = TestSupport.run(sim, 300, "make", "-s", "icarus-tb_macro");
        return run.output();
    }

    /**
     * The benches' register include as a C program prints it from the header: REG_X from
     * offsetof(NAME_t, X), X_F_MASK from NAME__X__F_bm. Only the names come from the Java
     * table; every number is the header's.
     */
    private static String includeFromHeader(MacroConfig cfg, Path sim, boolean swapTwo) throws Exception {
        String prefix = cfg.name().toUpperCase() + "__";
        StringBuilder c = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include \"" + cfg.name()
                + "_regs.h\"\nint main(void) {\n");
        for (RegisterMap r : RegisterMap.present(cfg)) {
            String member = r.name();
            if (swapTwo && r == RegisterMap.RAW_CODE) {
                member = RegisterMap.RESULT.name();
            } else if (swapTwo && r == RegisterMap.RESULT) {
                member = RegisterMap.RAW_CODE.name();
            }
            c.append("    printf(\"  localparam [").append(RegisterMap.ADDRESS_BITS - 1).append(":0] ")
                    .append(RegisterInclude.addressName(r)).append(" = ").append(RegisterMap.ADDRESS_BITS)
                    .append("'h%02zx;\\n\", offsetof(").append(cfg.name()).append("_t, ").append(member).append("));\n");
            for (Field f : r.fields(cfg)) {
                c.append("    printf(\"  localparam [").append(RegisterMap.DATA_BITS - 1).append(":0] ")
                        .append(RegisterInclude.maskName(r, f.name())).append(" = ").append(RegisterMap.DATA_BITS)
                        .append("'h%lx;\\n\", (unsigned long) ").append(prefix).append(r.name()).append("__")
                        .append(f.name().toUpperCase()).append("_bm);\n");
            }
        }
        c.append("    return 0;\n}\n");
        Path dir = sim.resolve("build/regs");
        Files.writeString(dir.resolve("regs_to_verilog.c"), c);
        TestSupport.Run cc = TestSupport.run(dir, 60, "cc", "-std=c11", "-Wall", "-Werror", "-o", "regs_to_verilog",
                "regs_to_verilog.c");
        assertEquals(0, cc.exit(), cc.output());
        TestSupport.Run print = TestSupport.run(dir, 60, dir.resolve("regs_to_verilog").toString());
        assertEquals(0, print.exit(), print.output());
        return "// From " + cfg.name() + "_regs.h (PeakRDL) by RegisterHeaderTest\n" + print.output();
    }
}
