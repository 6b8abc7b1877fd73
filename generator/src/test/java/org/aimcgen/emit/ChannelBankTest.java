package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-channel hardware is one leaf module, instanced by the bank's generate loop: the
 * RTL text does not grow with the channel count, and the pins on both sides of each
 * instance follow their port lists.
 */
class ChannelBankTest {

    private static String file(List<OutputFile> files, String module) {
        return files.stream().filter(f -> f.path().endsWith("/" + module + ".v")).findFirst().orElseThrow().text();
    }

    private static MacroConfig tiny(String... sets) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"), List.of(sets));
    }

    @Test
    void theBankInstancesTheLeafInAGenerateLoopBindingEveryPin() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        List<OutputFile> files = new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg));
        PortList leaf = PortList.channel(cfg);
        String bank = file(files, PortList.channelBank(cfg).module());
        assertTrue(bank.contains("for (ch = 0; ch < CHANNELS; ch = ch + 1) begin : channel"), "generate loop");
        int start = bank.indexOf(leaf.module() + " leaf (");
        assertTrue(start > 0, "the bank instances the leaf");
        assertEquals(start, bank.lastIndexOf(leaf.module() + " "), "one instance statement");
        String instance = bank.substring(start, bank.indexOf(");", start));
        for (Port pin : leaf.ports()) {
            assertTrue(Pattern.compile("\\." + pin.name() + "\\s+\\(").matcher(instance).find(), "leaf pin " + pin.name());
        }
        assertEquals(leaf.ports().size(), instance.split("\\n\\s+\\.").length - 1, "no pin beyond the leaf's list");
        // The leaf's Verilog declares exactly the port list's pins.
        String leafText = file(files, leaf.module());
        Matcher m = Pattern.compile("^\\s*(input|output)\\s+wire\\s+(?:\\[(\\d+):0]\\s+)?(\\w+)", Pattern.MULTILINE)
                .matcher(leafText);
        int declared = 0;
        while (m.find()) {
            Port p = leaf.ports().stream().filter(q -> q.name().equals(m.group(3))).findFirst().orElseThrow(
                    () -> new AssertionError("leaf port " + m.group(3) + " is not in the port list"));
            assertEquals(p.isInput(), m.group(1).equals("input"), p.name());
            assertEquals(p.width(), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1, p.name());
            declared++;
        }
        assertEquals(leaf.ports().size(), declared);
    }

    @Test
    void theTopBindsEveryPinOfTheBank() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        String top = file(new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)), cfg.name());
        PortList bank = PortList.channelBank(cfg);
        int start = top.indexOf(bank.module() + " channel_bank (");
        assertTrue(start > 0, "the top instantiates the bank");
        String instance = top.substring(start, top.indexOf(");", start));
        for (Port pin : bank.ports()) {
            assertTrue(instance.contains("." + pin.name() + " "), "bank pin " + pin.name());
        }
        assertEquals(bank.ports().size(), instance.split("\\n\\s+\\.").length - 1, "no pin beyond the port list");
    }

    @Test
    void rtlTextDoesNotGrowWithTheChannelCount() {
        int small = totalLines(tiny());
        int large = totalLines(tiny("array.cols=200", "macro.name=tiny200"));
        // 10 channels against 402: the same modules, only widths and constants change.
        assertTrue(Math.abs(large - small) <= 4, "RTL lines " + small + " against " + large);
    }

    /**
     * The bank's readouts, simulated in Icarus: each channel gets its own zero code through
     * the INDEX write, then every INDEX value and every column index reads back. An index
     * past the end reads the last channel, or the reference column; a column index too
     * narrow for the reference column reads the columns only. tiny: 10 channels on a 4-bit
     * INDEX, 4 columns on a 2-bit column index; 3 columns: both indices exact; 5 columns:
     * column indices 6 and 7 past the reference column.
     */
    @ParameterizedTest
    @ValueSource(strings = {"array.cols=4", "array.cols=3", "array.cols=5", "adc.rangeShift=0"})
    void readoutsSelectTheIndexedChannelOrTheLastOne(String set) throws Exception {
        MacroConfig cfg = tiny(set, "macro.name=tiny_bank");
        List<OutputFile> files = new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg));
        PortList bank = PortList.channelBank(cfg);
        String leaf = PortList.channel(cfg).module();
        Path dir = TestSupport.workDir("bank-readouts-" + cfg.cols() + "-k" + cfg.rangeShift());
        Files.writeString(dir.resolve("bank.v"), file(files, bank.module()));
        Files.writeString(dir.resolve("leaf.v"), file(files, leaf));
        int channels = cfg.channels();
        int groupChannels = cfg.cols() + 1;
        int chBits = org.aimcgen.config.MacroConfig.bitsFor(channels);
        int colBits = org.aimcgen.config.MacroConfig.bitsFor(cfg.cols());
        int code = cfg.zeroCodeBits();
        StringBuilder tb = new StringBuilder();
        tb.append("module tb;\n");
        for (Port p : bank.ports()) {
            tb.append("  ").append(p.isInput() ? "reg" : "wire").append(" [").append(p.width() - 1).append(":0] ")
                    .append(p.name()).append(";\n");
        }
        tb.append("  ").append(bank.module()).append(" dut (");
        tb.append(String.join(", ", bank.ports().stream().map(p -> "." + p.name() + "(" + p.name() + ")").toList()));
        tb.append(");\n  integer i, g, want, bad, reads;\n");
        tb.append("  always #5 clk = ~clk;\n");
        tb.append("  initial begin\n");
        for (Port p : bank.ports()) {
            if (p.isInput()) {
                tb.append("    ").append(p.name()).append(" = 0;\n");
            }
        }
        tb.append("    reset = 1; #12 reset = 0;\n");
        tb.append("    // channel c stores zero code c + 1\n");
        tb.append("    for (i = 0; i < " + channels + "; i = i + 1) begin\n");
        tb.append("      channel_index = i; zero_code_wdata = i + 1; zero_code_write = 1;\n");
        tb.append("      @(posedge clk); #1 zero_code_write = 0;\n    end\n");
        tb.append("    bad = 0; reads = 0;\n");
        tb.append("    for (i = 0; i < " + (1 << chBits) + "; i = i + 1) begin\n");
        tb.append("      channel_index = i; #1 reads = reads + 1;\n");
        tb.append("      want = ((i < " + channels + ") ? i : " + (channels - 1) + ") + 1;\n");
        tb.append("      if (zero_code !== want) bad = bad + 1;\n    end\n");
        tb.append("    for (i = 0; i < " + (1 << colBits) + "; i = i + 1) begin\n");
        tb.append("      column_index = i; stream_index = " + ((1 << colBits) - 1) + " - i; #1\n");
        tb.append("      for (g = 0; g < " + cfg.groups() + "; g = g + 1) begin\n");
        tb.append("        reads = reads + 1;\n");
        int words = Math.min(groupChannels, 1 << colBits);
        tb.append("        want = g * " + groupChannels + " + ((i < " + words + ") ? i : " + (words - 1) + ") + 1;\n");
        tb.append("        if (host_zero[g*" + code + " +: " + code + "] !== want) bad = bad + 1;\n");
        tb.append("        want = g * " + groupChannels + " + ((" + ((1 << colBits) - 1) + " - i < " + words + ") ? "
                + ((1 << colBits) - 1) + " - i : " + (words - 1) + ") + 1;\n");
        tb.append("        if (stream_zero[g*" + code + " +: " + code + "] !== want) bad = bad + 1;\n");
        if (PortList.readerGroups(cfg, "ref") > 0) {
            // The reference column's readout (the full charge range only: a tracked macro has none).
            tb.append("        if (ref_zero[g*" + code + " +: " + code + "] !== g * " + groupChannels + " + "
                    + cfg.cols() + " + 1) bad = bad + 1;\n");
        }
        tb.append("      end\n    end\n");
        tb.append("    $display(\"bank: reads=%0d mismatches=%0d\", reads, bad);\n    $finish;\n  end\nendmodule\n");
        Files.writeString(dir.resolve("tb.v"), tb.toString());
        TestSupport.Run build = TestSupport.run(dir, 60, "iverilog", "-g2012", "-o", "tb.vvp", "tb.v", "bank.v", "leaf.v");
        assertEquals(0, build.exit(), build.output());
        TestSupport.Run run = TestSupport.run(dir, 60, "vvp", "-n", "tb.vvp");
        List<double[]> summary = TestSupport.summaries(run.output(), "bank", "reads", "mismatches");
        assertEquals(1, summary.size(), run.output());
        assertEquals((1 << chBits) + (1 << colBits) * cfg.groups(), (int) summary.get(0)[0], run.output());
        assertEquals(0, summary.get(0)[1], run.output());
    }

    /**
     * The oscillator-domain tallies (a wrapping counter and a sticky overflow) read as
     * counters saturating at all ones, simulated in Icarus: a pulse covering N oscillator
     * cycles gives a coarse count of min(N, 2^bits - 1) in the channel leaf, and, with
     * gating off (every gate open), the same number of active cycles and no gated cycles in
     * the gating monitor, at the edges of the range and well past them.
     */
    @Test
    void talliesSaturateAtAllOnes() throws Exception {
        MacroConfig cfg = tiny("macro.name=tiny_tally");
        List<OutputFile> files = new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg));
        Path dir = TestSupport.workDir("tallies");
        String leaf = PortList.channel(cfg).module();
        String gate = cfg.moduleName("adc_gate_ctrl");
        Files.writeString(dir.resolve("leaf.v"), file(files, leaf));
        Files.writeString(dir.resolve("gate.v"), file(files, gate));
        int max = (1 << cfg.coarseBits()) - 1;
        int[] lengths = {0, 1, max - 1, max, max + 1, 2 * max + 3, 4 * max};
        StringBuilder tb = new StringBuilder("module tb;\n");
        tb.append("  reg clk = 0, ro_clk = 0, reset = 1, launch = 0, pulse = 0;\n");
        tb.append("  wire gate_en, force_open;\n  wire [" + (cfg.coarseBits() - 1) + ":0] coarse, active, gated;\n");
        tb.append("  wire [" + (cfg.tdcCodeBits() - 1) + ":0] zero_code;\n");
        tb.append("  " + leaf + " channel (.clk(clk), .ro_clk(ro_clk), .reset(reset), .chain_launch(launch),\n"
                + "    .gate_force_open(force_open), .col_pulse(pulse), .early_trip(1'b0), .zero_code_write(1'b0),\n"
                + "    .zero_code_wdata(" + cfg.tdcCodeBits() + "'d0), .gate_en(gate_en), .coarse(coarse), .zero_code(zero_code));\n");
        tb.append("  " + gate + " gating (.gating_enable(1'b0), .chain_launch(launch), .monitor_pulse(pulse),\n"
                + "    .monitor_early(1'b0), .gate_force_open(force_open), .active_cycles(active), .gated_cycles(gated),\n"
                + "    .ro_clk(ro_clk), .reset(reset));\n");
        tb.append("  always #1 ro_clk = ~ro_clk;\n  integer n, k, bad, want;\n  initial begin\n");
        tb.append("    bad = 0; #5 reset = 0;\n");
        for (int n : lengths) {
            tb.append("    n = " + n + "; want = n < " + max + " ? n : " + max + ";\n");
            tb.append("    @(negedge ro_clk) launch = 1; @(negedge ro_clk) launch = 0;\n");
            tb.append("    pulse = n > 0; for (k = 0; k < n; k = k + 1) @(negedge ro_clk); pulse = 0;\n");
            tb.append("    repeat (4) @(negedge ro_clk);\n");
            tb.append("    if (coarse !== want || active !== want || gated !== 0) begin bad = bad + 1;\n"
                    + "      $display(\"N=%0d coarse=%0d active=%0d gated=%0d want %0d\", n, coarse, active, gated, want); end\n");
        }
        tb.append("    $display(\"tally: pulses=" + lengths.length + " mismatches=%0d\", bad);\n    $finish;\n  end\nendmodule\n");
        Files.writeString(dir.resolve("tb.v"), tb.toString());
        TestSupport.Run build = TestSupport.run(dir, 60, "iverilog", "-g2012", "-o", "tb.vvp", "tb.v", "leaf.v", "gate.v");
        assertEquals(0, build.exit(), build.output());
        TestSupport.Run run = TestSupport.run(dir, 60, "vvp", "-n", "tb.vvp");
        List<double[]> summary = TestSupport.summaries(run.output(), "tally", "pulses", "mismatches");
        assertEquals(1, summary.size(), run.output());
        assertEquals(0, summary.get(0)[1], run.output());
    }

    /** Column and channel counts on and off a power of two lint clean (the readouts' widths). */
    @ParameterizedTest
    @ValueSource(strings = {"array.cols=1", "array.cols=2", "array.cols=3", "array.cols=5"})
    void oddGeometriesLintClean(String set) throws Exception {
        MacroConfig cfg = tiny(set, "macro.name=tiny_odd");
        Path root = TestSupport.workDir("lint-" + set.replace('=', '-').replace('.', '-'));
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        TestSupport.Run lint = TestSupport.run(root.resolve("sim").resolve(cfg.name()), 300, "make", "lint");
        assertEquals(0, lint.exit(), lint.output());
        assertFalse(lint.output().contains("%Warning"), lint.output());
    }

    private static int totalLines(MacroConfig cfg) {
        return new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)).stream().filter(f -> f.path().endsWith(".v"))
                .mapToInt(f -> f.text().split("\n", -1).length).sum();
    }
}
