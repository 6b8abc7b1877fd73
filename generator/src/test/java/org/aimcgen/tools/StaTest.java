package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.LibertyEmitter;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Static timing through the real tools: the array's Liberty view in yosys and OpenSTA, the
 * SDC in OpenSTA, and 'make sta' (yosys mapping to the vendored SKY130 library, OpenSTA)
 * passing and, with a clock it cannot meet, failing.
 */
class StaTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "^sta: clock=(\\S+) period_ns=\\S+ setup_wns_ns=(\\S+) setup_tns_ns=(\\S+) hold_wns_ns=(\\S+)"
                    + " hold_tns_ns=(\\S+) violations=(\\d+)$", Pattern.MULTILINE);

    private static Path lib() {
        return TestSupport.repoRoot().resolve("third_party/sky130_fd_sc_hd/sky130hd_tt.lib.gz");
    }

    private static Path generate(MacroConfig cfg, String workName) throws Exception {
        Path root = TestSupport.workDir(workName);
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        return root;
    }

    /** One clock's summary line of make sta: worst setup slack, violation count. */
    record ClockTiming(double setupWnsNs, int violations) {
    }

    private static Map<String, ClockTiming> summaries(String output) {
        Map<String, ClockTiming> out = new TreeMap<>();
        Matcher m = SUMMARY.matcher(output);
        while (m.find()) {
            out.put(m.group(1), new ClockTiming(Double.parseDouble(m.group(2)), Integer.parseInt(m.group(6))));
        }
        return out;
    }

    private static TestSupport.Run makeSta(Path sim, String... vars) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("make", "sta", "LIB=" + lib()));
        cmd.addAll(List.of(vars));
        return TestSupport.run(sim, 600, cmd.toArray(String[]::new));
    }

    @Test
    void tinyControlClockClosesInSky130() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path sim = generate(cfg, "sta-tiny").resolve(Layout.simDir(cfg));
        TestSupport.Run run = makeSta(sim, "STA_CLOCKS=clk");
        assertEquals(0, run.exit(), "make sta:\n" + run.output());
        Map<String, ClockTiming> clocks = summaries(run.output());
        assertEquals(List.of("clk", "ro_clk"), List.copyOf(clocks.keySet()), run.output());
        assertEquals(0, clocks.get("clk").violations(), run.output());
        assertTrue(clocks.get("clk").setupWnsNs() > 0, run.output());
        // The SDC and both libraries load with no warning and no error (make sta also checks).
        String staLog = Files.readString(sim.resolve("build/sta/sta.log"));
        assertFalse(staLog.contains("Warning") || staLog.contains("Error"), staLog);
        String synthLog = Files.readString(sim.resolve("build/sta/synth.log"));
        assertTrue(synthLog.contains("Found and reported 0 problems"), "yosys check must be clean");
        String netlist = Files.readString(sim.resolve("build/sta/netlist.v"));
        assertFalse(Pattern.compile("sky130_fd_sc_hd__(lpflow_|probe|dl[xr])").matcher(netlist).find(),
                "no don't-use cell and no latch in the mapped netlist");
    }

    /**
     * The SKY130 preset closes both clocks with the library the project ships: the control
     * clock at its SDC period and the oscillator at its fastest corner (its ring is derived
     * from the same library: TechnologyTest).
     */
    @Test
    void sky130PresetClosesBothClocks() throws Exception {
        MacroConfig cfg = TestSupport.preset("sky130-256x64.yaml");
        Path sim = generate(cfg, "sta-sky130").resolve(Layout.simDir(cfg));
        TestSupport.Run run = makeSta(sim);
        assertEquals(0, run.exit(), "make sta:\n" + run.output());
        Map<String, ClockTiming> clocks = summaries(run.output());
        assertEquals(List.of("clk", "ro_clk"), List.copyOf(clocks.keySet()), run.output());
        for (ClockTiming t : clocks.values()) {
            assertEquals(0, t.violations(), run.output());
            assertTrue(t.setupWnsNs() >= 0, run.output());
        }
    }

    @Test
    void aClockTooFastForTheLibraryFails() throws Exception {
        // 2 GHz: the control's APB read path alone takes over 2 ns in SKY130 hd.
        MacroConfig cfg = ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"),
                List.of("timing.clockMHz=2000"));
        Path sim = generate(cfg, "sta-tiny-fast").resolve(Layout.simDir(cfg));
        TestSupport.Run run = makeSta(sim, "STA_CLOCKS=clk");
        assertNotEquals(0, run.exit(), "make sta must fail:\n" + run.output());
        assertTrue(summaries(run.output()).get("clk").violations() > 0, run.output());
        assertTrue(run.output().contains("make sta: clock clk violates"), run.output());
    }

    /** The Liberty view in yosys and OpenSTA: it loads cleanly, with the port list's pins. */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void arrayLibertyLoadsWithThePortListsPins(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path root = generate(cfg, "sta-liberty-" + preset.replace(".yaml", ""));
        Path lib = root.resolve(LibertyEmitter.file(cfg));
        PortList ports = PortList.analogArray(cfg);
        Map<String, String> expected = new TreeMap<>();
        for (Port p : ports.ports()) {
            expected.put(p.name(), (p.isInput() ? "input" : "output") + " " + p.width());
        }

        Path work = root.resolve("liberty-check");
        Files.createDirectories(work);
        TestSupport.Run yosys = TestSupport.run(work, 120, "yosys", "-q", "-p",
                "read_liberty -lib " + lib + "; write_verilog -blackboxes blackbox.v");
        assertEquals(0, yosys.exit(), yosys.output());
        assertFalse(yosys.output().contains("Warning") || yosys.output().contains("ERROR"), yosys.output());
        Map<String, String> fromYosys = new TreeMap<>();
        Matcher m = Pattern.compile("^\\s*(input|output)\\s+(?:\\[(\\d+):0\\]\\s+)?(\\w+);", Pattern.MULTILINE)
                .matcher(Files.readString(work.resolve("blackbox.v")));
        while (m.find()) {
            int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1;
            fromYosys.put(m.group(3), m.group(1) + " " + width);
        }
        assertEquals(expected, fromYosys, "yosys's view of the Liberty pins");

        Files.writeString(work.resolve("pins.tcl"), String.join("\n",
                "read_liberty " + lib,
                "foreach port [get_lib_pins " + ports.module() + "/" + ports.module() + "/*] {",
                "  puts \"pin [get_name $port] [get_property $port direction]\"",
                "}", ""));
        TestSupport.Run sta = TestSupport.run(work, 120, "sta", "-no_splash", "-exit", "pins.tcl");
        assertEquals(0, sta.exit(), sta.output());
        assertFalse(sta.output().contains("Warning") || sta.output().contains("Error"), sta.output());
        Map<String, String> fromSta = new TreeMap<>();
        Matcher pin = Pattern.compile("^pin (\\w+) (input|output)$", Pattern.MULTILINE).matcher(sta.output());
        while (pin.find()) {
            fromSta.put(pin.group(1), pin.group(2));
        }
        Map<String, String> directions = new TreeMap<>();
        expected.forEach((name, dirWidth) -> directions.put(name, dirWidth.split(" ")[0]));
        assertEquals(directions, fromSta, "OpenSTA's view of the Liberty pins");
    }
}
