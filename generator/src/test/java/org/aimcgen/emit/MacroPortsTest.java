package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.rtl.MacroPorts;
import org.aimcgen.rtl.RegisterMap;
import org.junit.jupiter.api.Test;

/** The port groups' one description against the elaborated top, and the register decode in Icarus. */
class MacroPortsTest {
    private static final Pattern PORT = Pattern.compile(
            "^\\s*(input|output)\\s+(?:wire|reg)\\s+(\\[[^]]+])?\\s*(\\w+)", Pattern.MULTILINE);

    private static List<OutputFile> rtl(MacroConfig cfg) {
        return new RtlEmitter(new Templates()).emit(MacroContext.of(cfg));
    }

    private static String file(List<OutputFile> files, String name) {
        return files.stream().filter(f -> f.path().endsWith("/" + name)).findFirst().orElseThrow().text();
    }

    /** The benches declare and connect exactly the top's ports, with the top's widths and directions. */
    @Test
    void benchHarnessPortsAreTheTopsPorts() {
        for (String preset : List.of("tiny.yaml", "picoram-4b.yaml")) {
            MacroConfig cfg = TestSupport.preset(preset);
            String top = file(rtl(cfg), cfg.name() + ".v");
            List<String> elaborated = new ArrayList<>();
            Matcher m = PORT.matcher(top.substring(0, top.indexOf(");")));
            while (m.find()) {
                if (!m.group(3).equals("clk") && !m.group(3).equals("reset")) {
                    String range = m.group(2) == null ? "" : m.group(2).replace(" ", "");
                    elaborated.add(m.group(1) + " " + range + " " + m.group(3));
                }
            }
            List<String> described = new ArrayList<>();
            for (MacroPorts.BenchSignal s : MacroPorts.benchSignals(cfg)) {
                described.add((s.kind().equals("reg") ? "input" : "output") + " " + s.range() + " " + s.name());
            }
            assertEquals(described, elaborated, preset);
        }
    }

    /** PSLVERR answers exactly the addresses of no register, and PREADY is always high. */
    @Test
    void unmappedAddressesAnswerPslverr() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path dir = TestSupport.workDir("macro-ports-pslverr");
        String module = cfg.moduleName("host_interface");
        Files.writeString(dir.resolve("host.v"), file(rtl(cfg), module + ".v"));
        Files.writeString(dir.resolve("tb.v"), """
                `timescale 1ns/1ps
                module tb;
                  reg psel = 1, penable = 1, pwrite = 0;
                  reg [7:0] paddr = 0;
                  wire pready, pslverr;
                  integer a;
                  %s dut (.clk(1'b0), .reset(1'b1), .apb_psel(psel), .apb_penable(penable),
                    .apb_pwrite(pwrite), .apb_paddr(paddr), .apb_pready(pready), .apb_pslverr(pslverr));
                  initial begin
                    for (a = 0; a < 256; a = a + 1) begin
                      paddr = a; #1;
                      if (pslverr || !pready) $display("error %%h ready=%%0d", paddr, pready);
                    end
                    $finish;
                  end
                endmodule
                """.formatted(module));
        TestSupport.Run compile = TestSupport.run(dir, 60, "iverilog", "-o", "tb.vvp", "tb.v", "host.v");
        assertEquals(0, compile.exit(), compile.output());
        TestSupport.Run sim = TestSupport.run(dir, 60, "vvp", "-n", "tb.vvp");
        assertEquals(0, sim.exit(), sim.output());
        List<String> expected = new ArrayList<>();
        List<Integer> mapped = RegisterMap.present(cfg).stream().map(RegisterMap::address).toList();
        for (int a = 0; a < 256; a++) {
            if (!mapped.contains(a)) {
                expected.add(String.format("error %02x ready=1", a));
            }
        }
        List<String> got = sim.output().lines().filter(l -> l.startsWith("error")).toList();
        assertTrue(got.size() > 200, "most addresses are unmapped");
        assertEquals(expected, got);
    }

    /** res_data leaves the host interface straight from a flop (issue 11: no combinational path out). */
    @Test
    void resultDataComesFromARegister() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        String host = file(rtl(cfg), cfg.moduleName("host_interface") + ".v");
        assertTrue(host.contains("assign res_data = res_data_q;"), "res_data is the output register");
        assertTrue(Pattern.compile("^\\s*res_data_q <= ", Pattern.MULTILINE).matcher(host).find(),
                "res_data_q is a flop");
        String top = file(rtl(cfg), cfg.name() + ".v");
        assertTrue(top.contains("assign res_data = host_interface_res_data;"), "the top passes it through");
    }

    /** One register an address; every register a word address inside the address space. */
    @Test
    void registerAddressesAreDistinctWords() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        List<Integer> addresses = RegisterMap.present(cfg).stream().map(RegisterMap::address).toList();
        assertEquals(addresses.size(), addresses.stream().distinct().count());
        for (int a : addresses) {
            assertTrue(a % 4 == 0 && a < 1 << RegisterMap.ADDRESS_BITS, "address " + a);
        }
    }
}
