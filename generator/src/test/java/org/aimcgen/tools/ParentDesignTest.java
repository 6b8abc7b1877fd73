package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * next to logic of its own.
 * <ul>
 * <li>Icarus simulates it with the real-number analog array: the macro's own end-to-end
 * bench (tb_vmm, which checks every result against the Java model) drives the parent, once
 * through each instance;</li>
 * <li>yosys synthesizes it to SKY130 cells with the macro's black-box stub, and loads the
 * macro's Liberty;</li>
 * <li>OpenSTA times the netlist with SKY130's Liberty, the macro's Liberty and a parent SDC.</li>
 * </ul>
 * The committed views of the tiny preset are used (GoldenTest holds them to the generator).
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
        List<ParentDesign.Port> ports = ParentDesign.ports(TestSupport.preset("tiny.yaml"));
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

    @Test
    void synthesizesWithTheStubAndClosesTimingWithTheMacrosLiberty() throws Exception {
        Path dir = TestSupport.workDir("parent-design-sta");
        Path rtl = TestSupport.repoRoot().resolve("rtl-out/tiny");
        List<ParentDesign.Port> ports = ParentDesign.ports(TestSupport.preset("tiny.yaml"));
        Files.writeString(dir.resolve("parent.v"), ParentDesign.verilog("tiny", ports, true));
        Path lib = dir.resolve("sky130.lib");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(
                TestSupport.repoRoot().resolve("third_party/sky130_fd_sc_hd/sky130hd_tt.lib.gz")))) {
            Files.copy(in, lib, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path macroLib = rtl.resolve("tiny.lib");
        Path stub = rtl.resolve("tiny_blackbox.v");

        // Mapping without the library's don't-use cells, as the macro's own make sta maps it
        // (the filter and its pattern are the generated flow's).
        Path sta = TestSupport.repoRoot().resolve("sim/tiny/sta");
        java.util.regex.Matcher dontUse = java.util.regex.Pattern.compile("(?m)^DONT_USE\\s*\\?=\\s*(.+)$")
                .matcher(Files.readString(sta.resolveSibling("Makefile")));
        assertTrue(dontUse.find(), "DONT_USE in sim/tiny/Makefile");
        TestSupport.Run filter = TestSupport.run(dir, 120, "sh", "-c", "awk -v DONT='" + dontUse.group(1).trim()
                + "' -f " + sta.resolve("dont_use.awk") + " sky130.lib > sky130_map.lib");
        assertEquals(0, filter.exit(), filter.output());

        double period = TestSupport.preset("tiny.yaml").clockPeriodNs();
        Files.writeString(dir.resolve("abc.constr"), "set_driving_cell sky130_fd_sc_hd__buf_1\nset_load 5\n");

        // yosys: the macro's Liberty loads; the parent maps to SKY130 around the stub.
        TestSupport.Run libCheck = TestSupport.run(dir, 120, "yosys", "-q", "-p", "read_liberty -lib " + macroLib);
        assertEquals(0, libCheck.exit(), libCheck.output());
        String script = String.join("; ", "read_liberty -lib sky130_map.lib", "read_verilog " + stub,
                "read_verilog parent.v", "synth -top parent -flatten", "dfflibmap -liberty sky130_map.lib",
                // ABC with the macro's own script: delay target, buffering to fanout 8, sizing.
                "abc -liberty sky130_map.lib -D " + Math.round(period * 1000) + " -constr abc.constr -script "
                        + sta.resolve("abc.script"),
                "hilomap -hicell sky130_fd_sc_hd__conb_1 HI -locell sky130_fd_sc_hd__conb_1 LO",
                "insbuf -buf sky130_fd_sc_hd__buf_1 A X", "splitnets -ports", "opt_clean", "check -assert",
                "tee -o stat.txt stat", "write_verilog -noattr -noexpr netlist.v");
        TestSupport.Run synth = TestSupport.run(dir, 300, "yosys", "-q", "-p", script);
        assertEquals(0, synth.exit(), synth.output());
        String stat = Files.readString(dir.resolve("stat.txt"));
        assertTrue(stat.matches("(?s).*\\btiny\\s+2\\b.*"), "two macro instances in the netlist:\n" + stat);
        assertTrue(stat.contains("sky130_fd_sc_hd__"), "the parent's own logic mapped to SKY130:\n" + stat);

        // OpenSTA: the macro's arcs time the paths through its pins.
        Files.writeString(dir.resolve("parent.sdc"), String.join("\n",
                "create_clock -name clk -period " + period + " [get_ports clk]",
                "set_input_delay " + period * 0.2 + " -clock clk [delete_from_list [all_inputs] [get_ports clk]]",
                "set_output_delay " + period * 0.2 + " -clock clk [all_outputs]",
                "set_load 0.005 [all_outputs]", ""));
        Files.writeString(dir.resolve("sta.tcl"), String.join("\n",
                "read_liberty sky130.lib", "read_liberty " + macroLib, "read_verilog netlist.v",
                "link_design parent", "read_sdc parent.sdc",
                "report_checks -path_delay max -through [get_pins u0/apb_prdata*] -format end",
                "report_checks -path_delay max -to [get_pins u1/apb_paddr*] -format full",
                "puts \"parent: wns=[sta::format_time [sta::worst_slack_cmd max] 3]"
                        + " hold_wns=[sta::format_time [sta::worst_slack_cmd min] 3]\"", "exit", ""));
        TestSupport.Run timing = TestSupport.run(dir, 300, "sta", "-no_splash", "-exit", "sta.tcl");
        assertEquals(0, timing.exit(), timing.output());
        assertFalse(timing.output().matches("(?s).*\\b(Error|Warning)\\b.*"), timing.output());
        // The check at a macro input is the Liberty's setup constraint, not an unconstrained pin.
        assertTrue(timing.output().contains("library setup time"), timing.output());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("parent: wns=(-?[0-9.]+) hold_wns=(-?[0-9.]+)")
                .matcher(timing.output());
        assertTrue(m.find(), timing.output());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.0, "setup violated in the parent:\n" + timing.output());
        assertTrue(Double.parseDouble(m.group(2)) >= 0.0, "hold violated in the parent:\n" + timing.output());
    }
}
