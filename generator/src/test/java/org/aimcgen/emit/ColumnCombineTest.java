package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.StandInModel;
import org.aimcgen.ports.PortList;
import org.aimcgen.rtl.ColumnCombine;
import org.aimcgen.rtl.HostInterface;
import org.aimcgen.rtl.RegisterMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ADC range in the control RTL, block by block in Icarus, with hand-made inputs rather
 * than the analog models:
 * <ul>
 * <li>the column combine on random TDC states (codes near their zero codes, anywhere, and
 * all ones) at every RANGE value: the stream and host results follow the formula of
 * docs/ARCHITECTURE.md bit for bit, which at the reset value is StandInModel.combine; the
 * stream's saturation flag marks the results at a limit of the output word; RAW_CODE's
 * decode is unchanged;</li>
 * <li>the host interface: RANGE resets to adc.rangeShift, clamps writes past the largest
 * shift and drives range_shift; SATURATED counts the streamed results flagged saturated and
 * a write clears it.</li>
 * </ul>
 */
class ColumnCombineTest {
    private static final Pattern PORT = Pattern.compile(
            "^\\s*(input|output)\\s+(?:wire|reg)\\s+(?:\\[(\\d+):0]\\s+)?(\\w+)", Pattern.MULTILINE);
    private static final int VECTORS = 160;

    private record Pin(boolean input, int width, String name) {
    }

    private static List<Pin> pins(String verilog) {
        List<Pin> pins = new ArrayList<>();
        Matcher m = PORT.matcher(verilog);
        while (m.find()) {
            pins.add(new Pin(m.group(1).equals("input"), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1,
                    m.group(3)));
        }
        return pins;
    }

    /** Declarations of every pin (inputs as regs, zero at time 0) and the instance, bound by name. */
    private static String harness(String module, List<Pin> pins) {
        StringBuilder tb = new StringBuilder();
        for (Pin p : pins) {
            tb.append("  ").append(p.input() ? "reg" : "wire").append(" [").append(p.width() - 1).append(":0] ")
                    .append(p.name()).append(p.input() ? " = 0" : "").append(";\n");
        }
        tb.append("  ").append(module).append(" dut (").append(String.join(", ",
                pins.stream().map(p -> "." + p.name() + "(" + p.name() + ")").toList())).append(");\n");
        return tb.toString();
    }

    private static String module(List<OutputFile> files, String module) {
        return files.stream().filter(f -> f.path().endsWith("/" + module + ".v")).findFirst().orElseThrow().text();
    }

    /** The four latched taps of each fine step (the inverse of the combine's Johnson decode). */
    private static int[] tapsOfFine() {
        int[] taps = new int[8];
        java.util.Arrays.fill(taps, -1);
        for (int t = 15; t >= 0; t--) {
            int t0 = t & 1;
            int t1 = (t >> 1) & 1;
            int t2 = (t >> 2) & 1;
            int t3 = (t >> 3) & 1;
            int fine = ((t0 ^ 1) << 2) | ((t0 ^ t2 ^ 1) << 1) | (t0 ^ t1 ^ t2 ^ t3 ^ 1);
            taps[fine] = t;
        }
        for (int f = 0; f < 8; f++) {
            assertTrue(taps[f] >= 0, "fine step " + f + " has taps");
        }
        return taps;
    }

    /**
     * The combine of one column at RANGE r: without tracking each group (code - zero) -
     * (ref - refZero) at g x capGroup + f; with tracking each group (code - zero) at
     * g x capGroup + f - r; each code at the zero codes' z fraction bits (code x 2^z), the
     * sum rounded to the nearest multiple of 2^z (halves up), divided by 2^z, saturated.
     */
    static long combine(MacroConfig cfg, int[] codes, int[] zeros, int col, int r) {
        long y = 0;
        int f = cfg.outputFractionBits();
        int z = cfg.zeroFractionBits();
        for (int g = 0; g < cfg.groups(); g++) {
            int ch = cfg.channel(col, g);
            long cal = codes[ch] * (1L << z) - zeros[ch];
            if (cfg.tracksReference()) {
                y += cal << (g * cfg.capGroup() + f - Math.min(r, cfg.rangeShiftMax()));
            } else {
                int ref = cfg.channel(cfg.cols(), g);
                y += (cal - (codes[ref] * (1L << z) - zeros[ref])) << (g * cfg.capGroup() + f);
            }
        }
        y = Math.floorDiv(y + (1L << z) / 2, 1L << z);
        long max = (1L << (cfg.outputBits() - 1)) - 1;
        return Math.max(-max - 1, Math.min(max, y));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml", "aidac-1024x256.yaml"})
    void combineFollowsTheRangeRegister(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        List<OutputFile> files = new RtlEmitter(new Templates()).emit(MacroContext.of(cfg));
        String module = cfg.moduleName(ColumnCombine.NAME);
        String rtl = module(files, module);
        List<Pin> pins = pins(rtl);
        Path dir = TestSupport.workDir("combine-" + cfg.name());
        Files.writeString(dir.resolve("combine.v"), rtl);

        final int codeBits = cfg.tdcCodeBits();
        final int zeroBits = cfg.zeroCodeBits();
        final int z = cfg.zeroFractionBits();
        final int coarseBits = cfg.coarseBits();
        final int codeMax = (1 << codeBits) - 1;
        final int outBits = cfg.outputBits();
        final long outMask = (1L << outBits) - 1;
        final long max = (1L << (outBits - 1)) - 1;
        final boolean ranged = cfg.tracksReference();
        final int rangeValues = ranged ? 1 << PortList.rangeShiftBits(cfg) : 1;
        final int[] taps = tapsOfFine();
        Random rnd = new Random(12);
        int[] coarse = new int[cfg.channels()];
        int[] fine = new int[cfg.channels()];
        StringBuilder tb = new StringBuilder("`timescale 1ns/1ps\nmodule tb;\n").append(harness(module, pins));
        tb.append("  integer checks = 0, bad = 0, saturated = 0;\n");
        tb.append("  task check(input [").append(outBits - 1).append(":0] stream_want, input [").append(outBits - 1)
                .append(":0] host_want, input sat_want, input [").append(codeBits - 1)
                .append(":0] raw_want, input integer v, input integer r);\n");
        tb.append("    begin\n      #1 checks = checks + 1;\n");
        tb.append("      if (stream_result !== stream_want || host_result !== host_want || stream_saturated !== sat_want"
                + " || raw_code !== raw_want) begin\n        bad = bad + 1;\n");
        tb.append("        if (bad <= 10) $display(\"vector %0d RANGE %0d: stream %h (want %h) host %h (want %h) "
                + "saturated %b (want %b) raw %h (want %h)\", v, r, stream_result, stream_want, host_result, host_want,"
                + " stream_saturated, sat_want, raw_code, raw_want);\n      end\n");
        tb.append("      if (sat_want) saturated = saturated + 1;\n    end\n  endtask\n");
        tb.append("  initial begin\n");
        int modelChecks = 0;
        for (int v = 0; v < VECTORS; v++) {
            int[] codes = new int[cfg.channels()];
            int[] zeros = new int[cfg.channels()];
            int kind = v % 3;
            for (int ch = 0; ch < cfg.channels(); ch++) {
                // A zero code with z fraction bits, anywhere in its lower half.
                zeros[ch] = rnd.nextInt((codeMax / 2) << z);
                // Near the zero code (small results), anywhere, or now and then a saturated coarse count.
                int code = kind == 0 ? Math.min(codeMax - 1, Math.max(0, (zeros[ch] >> z) + rnd.nextInt(33) - 16))
                        : rnd.nextInt(codeMax + 1);
                // A saturated coarse count reads as the all-ones code, whatever the taps.
                if (kind == 2 && rnd.nextInt(8) == 0 || code >> 3 == (1 << coarseBits) - 1) {
                    code = codeMax;
                }
                coarse[ch] = code == codeMax ? (1 << coarseBits) - 1 : code >> 3;
                fine[ch] = code == codeMax ? rnd.nextInt(8) : code & 7;
                codes[ch] = code == codeMax ? codeMax : (coarse[ch] << 3) | fine[ch];
            }
            int streamCol = v % cfg.cols();
            int hostCol = (v + 1) % cfg.cols();
            // The model at RANGE's reset value: the test's formula is StandInModel.combine.
            long[] model = StandInModel.combine(cfg, codes, zeros);
            assertEquals(model[streamCol], combine(cfg, codes, zeros, streamCol, cfg.rangeShift()), "vector " + v);
            assertEquals(model[hostCol], combine(cfg, codes, zeros, hostCol, cfg.rangeShift()), "vector " + v);
            modelChecks++;
            for (String reader : PortList.columnReaders(cfg)) {
                int col = reader.equals("stream") ? streamCol : reader.equals("host") ? hostCol : cfg.cols();
                int groups = PortList.readerGroups(cfg, reader);
                tb.append("    ").append(reader).append("_coarse = {").append(field(groups, g -> coarse[cfg.channel(col, g)],
                        coarseBits)).append("};\n");
                tb.append("    ").append(reader).append("_taps = {").append(field(groups, g -> taps[fine[cfg.channel(col, g)]],
                        4)).append("};\n");
                tb.append("    ").append(reader).append("_zero = {").append(field(groups, g -> zeros[cfg.channel(col, g)],
                        zeroBits)).append("};\n");
            }
            int rawCh = rnd.nextInt(cfg.channels());
            tb.append("    raw_coarse = ").append(coarseBits).append("'d").append(coarse[rawCh]).append("; raw_taps = 4'd")
                    .append(taps[fine[rawCh]]).append(";\n");
            for (int r = 0; r < rangeValues; r++) {
                int rr = ranged ? r : cfg.rangeShift();
                long ys = combine(cfg, codes, zeros, streamCol, rr);
                long yh = combine(cfg, codes, zeros, hostCol, rr);
                boolean sat = ys == max || ys == -max - 1;
                if (ranged) {
                    tb.append("    range_shift = ").append(r).append(";\n");
                }
                tb.append("    check(").append(outBits).append("'h").append(Long.toHexString(ys & outMask)).append(", ")
                        .append(outBits).append("'h").append(Long.toHexString(yh & outMask)).append(", 1'b")
                        .append(sat ? 1 : 0).append(", ").append(codeBits).append("'d").append(codes[rawCh])
                        .append(", ").append(v).append(", ").append(r).append(");\n");
            }
        }
        tb.append("    $display(\"combine: checks=%0d mismatches=%0d saturated=%0d\", checks, bad, saturated);\n");
        tb.append("    $finish;\n  end\nendmodule\n");
        Files.writeString(dir.resolve("tb.v"), tb.toString());
        TestSupport.Run build = TestSupport.run(dir, 120, "iverilog", "-g2012", "-o", "tb.vvp", "tb.v", "combine.v");
        assertEquals(0, build.exit(), build.output());
        TestSupport.Run run = TestSupport.run(dir, 120, "vvp", "-n", "tb.vvp");
        List<double[]> summary = TestSupport.summaries(run.output(), "combine", "checks", "mismatches", "saturated");
        assertEquals(1, summary.size(), run.output());
        assertEquals(VECTORS * rangeValues, (int) summary.get(0)[0], run.output());
        assertEquals(0, summary.get(0)[1], run.output());
        assertEquals(VECTORS, modelChecks);
        // Both sides of the saturation flag were exercised.
        assertTrue(summary.get(0)[2] > 0 && summary.get(0)[2] < summary.get(0)[0], run.output());
    }

    /**
     * With a tracked group, column counts on and off a power of two lint clean: the bank's
     * reference readout leaves the tracked group out, and the last channel's column word is
     * read by a column reader only when the column index reaches the reference column.
     */
    @ParameterizedTest
    @ValueSource(strings = {"picoram-4b.yaml array.cols=5", "aidac-1024x256.yaml array.cols=5",
            "aidac-1024x256.yaml array.cols=4"})
    void trackedGeometriesLintClean(String spec) throws Exception {
        String[] parts = spec.split(" ");
        MacroConfig cfg = ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(parts[0]),
                List.of(parts[1], "macro.name=tracked_odd"));
        assertTrue(cfg.tracksReference(), spec + " tracks the reference");
        Path root = TestSupport.workDir("lint-tracked-" + parts[0].replace(".yaml", "") + "-" + cfg.cols());
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        TestSupport.Run lint = TestSupport.run(root.resolve("sim").resolve(cfg.name()), 300, "make", "lint");
        assertEquals(0, lint.exit(), lint.output());
        assertFalse(lint.output().contains("%Warning"), lint.output());
    }

    /** The group fields of a readout bus, most significant (last group) first, as Verilog literals. */
    private static String field(int groups, java.util.function.IntUnaryOperator value, int width) {
        List<String> parts = new ArrayList<>();
        for (int g = groups - 1; g >= 0; g--) {
            parts.add(width + "'d" + value.applyAsInt(g));
        }
        return String.join(", ", parts);
    }

    /**
     * RANGE and SATURATED in the host interface alone: the APB port driven by hand, the
     * combine's stream flag a table indexed by the stream's column.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml", "aidac-1024x256.yaml"})
    void rangeClampsAndSaturatedCountsAndClears(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        List<OutputFile> files = new RtlEmitter(new Templates()).emit(MacroContext.of(cfg));
        String module = cfg.moduleName(HostInterface.NAME);
        String rtl = module(files, module);
        List<Pin> pins = pins(rtl);
        Path dir = TestSupport.workDir("host-range-" + cfg.name());
        Files.writeString(dir.resolve("host.v"), rtl);
        final boolean ranged = RegisterMap.hasRange(cfg);
        final int cols = cfg.cols();
        StringBuilder tb = new StringBuilder("`timescale 1ns/1ps\nmodule tb;\n");
        // The stream's flag: the column the host selects for its output register.
        int indexBits = pins.stream().filter(p -> p.name().equals("stream_index")).findFirst().orElseThrow().width();
        tb.append("  reg flags [0:" + (cols - 1) + "];\n");
        tb.append("  wire [" + (indexBits - 1) + ":0] stream_index;\n");
        tb.append("  wire stream_saturated = flags[stream_index];\n");
        tb.append(harness(module, pins.stream().filter(p -> !p.name().equals("stream_saturated")
                && !p.name().equals("stream_index")).toList())
                .replace(".clk(clk)", ".clk(clk), .stream_saturated(stream_saturated), .stream_index(stream_index)"));
        tb.append("  always #5 clk = ~clk;\n  integer i, v, want, total = 0, checks = 0, bad = 0;\n");
        tb.append("  reg [31:0] data;\n");
        tb.append("""
                  task apb_write(input [7:0] addr, input [31:0] value);
                    begin
                      @(negedge clk) apb_psel = 1; apb_pwrite = 1; apb_paddr = addr; apb_pwdata = value;
                      @(negedge clk) apb_penable = 1;
                      @(negedge clk) apb_psel = 0; apb_penable = 0; apb_pwrite = 0;
                    end
                  endtask
                  task apb_read(input [7:0] addr, output [31:0] value);
                    begin
                      @(negedge clk) apb_psel = 1; apb_pwrite = 0; apb_paddr = addr;
                      @(negedge clk) apb_penable = 1; #1 value = apb_prdata;
                      @(negedge clk) apb_psel = 0; apb_penable = 0;
                    end
                  endtask
                  task check_value(input [31:0] got, input [31:0] wanted, input integer what);
                    begin
                      checks = checks + 1;
                      if (got !== wanted) begin
                        bad = bad + 1;
                        $display("check %0d: read %0d, want %0d", what, got, wanted);
                      end
                    end
                  endtask
                """);
        tb.append("  initial begin\n    reset = 1; #22 reset = 0;\n");
        if (ranged) {
            int max = cfg.rangeShiftMax();
            long[] writes = {0, 1, max, max + 1, (1L << PortList.rangeShiftBits(cfg)) - 1, 0x100, 0xffffffffL};
            tb.append("    apb_read(8'h" + RegisterMap.RANGE.hex() + ", data); check_value(data, " + cfg.rangeShift()
                    + ", 1); check_value(range_shift, " + cfg.rangeShift() + ", 2);\n");
            int what = 10;
            for (long w : writes) {
                long want = Math.min(w, max);
                tb.append("    apb_write(8'h" + RegisterMap.RANGE.hex() + ", 32'h" + Long.toHexString(w) + ");\n");
                tb.append("    apb_read(8'h" + RegisterMap.RANGE.hex() + ", data); check_value(data, " + want + ", " + what++
                        + "); check_value(range_shift, " + want + ", " + what++ + ");\n");
            }
        }
        String sat = "8'h" + RegisterMap.SATURATED.hex();
        tb.append("    apb_read(" + sat + ", data); check_value(data, 0, 3);\n");
        // Three streamed VMMs, each column flagged at random; the count after each.
        tb.append("    res_ready = 1;\n");
        tb.append("    for (v = 0; v < 3; v = v + 1) begin\n");
        tb.append("      for (i = 0; i < " + cols + "; i = i + 1) begin flags[i] = $random & 1; total = total + flags[i]; end\n");
        tb.append("      @(negedge clk) vmm_done = 1; @(negedge clk) vmm_done = 0;\n");
        tb.append("      i = 0; while (res_valid && i < " + (4 * cols) + ") begin @(negedge clk); i = i + 1; end\n");
        tb.append("      apb_read(" + sat + ", data); check_value(data, total, 100 + v);\n");
        tb.append("    end\n");
        tb.append("    apb_write(" + sat + ", 32'h0); apb_read(" + sat + ", data); check_value(data, 0, 4);\n");
        tb.append("    $display(\"host: checks=%0d mismatches=%0d saturated=%0d\", checks, bad, total);\n");
        tb.append("    $finish;\n  end\nendmodule\n");
        Files.writeString(dir.resolve("tb.v"), tb.toString());
        TestSupport.Run build = TestSupport.run(dir, 60, "iverilog", "-g2012", "-o", "tb.vvp", "tb.v", "host.v");
        assertEquals(0, build.exit(), build.output());
        TestSupport.Run run = TestSupport.run(dir, 60, "vvp", "-n", "tb.vvp");
        List<double[]> summary = TestSupport.summaries(run.output(), "host", "checks", "mismatches", "saturated");
        assertEquals(1, summary.size(), run.output());
        assertEquals(0, summary.get(0)[1], run.output());
        assertTrue(summary.get(0)[2] > 0, "some results flagged: " + run.output());
        assertEquals(ranged ? 2 + 2 * 7 + 5 : 5, (int) summary.get(0)[0], run.output());
    }
}
