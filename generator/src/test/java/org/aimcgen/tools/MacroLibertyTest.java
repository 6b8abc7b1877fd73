package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.MacroLibertyEmitter;
import org.aimcgen.emit.MacroTiming;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.ports.SupplyPins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Liberty of the whole macro: the real tools load every corner's file, its pins are the
 * RTL top's (as yosys reads the Verilog), its supplies the LEF's and the RTL's, and the
 * committed timing it is rendered from is what 'make timing' measures on today's RTL.
 */
class MacroLibertyTest {
    private static Path lib() {
        return TestSupport.repoRoot().resolve("third_party/sky130_fd_sc_hd/sky130hd_tt.lib.gz");
    }

    private static List<Path> libFiles(MacroConfig cfg) {
        return MacroLibertyEmitter.files(cfg).stream().map(f -> TestSupport.repoRoot().resolve(f)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "sky130-256x64.yaml"})
    void everyCornerLoadsInYosysAndOpenSta(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        List<Path> files = libFiles(cfg);
        assertEquals(10, files.size(), "the configured point and the nine corners");
        StringBuilder ys = new StringBuilder();
        StringBuilder tcl = new StringBuilder();
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), "committed: " + f);
            ys.append("read_liberty -lib ").append(f).append("; ");
            tcl.append("read_liberty ").append(f).append('\n');
        }
        TestSupport.Run yosys = TestSupport.run(TestSupport.repoRoot(), 120, "yosys", "-p", ys.toString());
        assertEquals(0, yosys.exit(), yosys.output());
        assertFalse(yosys.output().contains("ERROR") || yosys.output().contains("Warning"), yosys.output());
        Path script = TestSupport.workDir("macro-lib-" + cfg.name()).resolve("load.tcl");
        Files.writeString(script, tcl + "puts \"cells [llength [get_lib_cells */" + cfg.name() + "]]\"\n");
        TestSupport.Run sta = TestSupport.run(TestSupport.repoRoot(), 120, "sta", "-no_splash", "-exit", script.toString());
        assertEquals(0, sta.exit(), sta.output());
        assertFalse(sta.output().contains("Warning") || sta.output().contains("Error"), sta.output());
        assertTrue(sta.output().contains("cells 10"), sta.output());
    }

    /** Pins, directions and widths of the .lib against the top module yosys reads from the RTL. */
    @Test
    void pinsAndDirectionsAreTheRtlTopsPorts() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        LibertyFile lib = LibertyFile.parse(Files.readString(TestSupport.repoRoot().resolve(MacroLibertyEmitter.file(cfg))));
        Map<String, String> fromLib = new TreeMap<>();
        lib.pins().forEach((n, a) -> fromLib.put(n, a.get("direction") + " 1"));
        lib.buses().forEach((n, a) -> fromLib.put(n, a.get("direction") + " " + a.get("bus_type").replace("bus", "")));
        assertEquals(topPorts(cfg, false), fromLib);
        for (Map<String, String> a : concat(lib.pins(), lib.buses())) {
            assertEquals(SupplyPins.VDD, a.get("related_power_pin"), a.toString());
            assertEquals(SupplyPins.VSS, a.get("related_ground_pin"), a.toString());
        }
        assertEquals(SupplyPins.of(cfg).stream().map(SupplyPins.Supply::name).toList(), List.copyOf(lib.pgPins().keySet()));
        assertEquals("primary_power", lib.pgPins().get(SupplyPins.VDDA).get("pg_type"));
    }

    /** The top's ports as yosys reads tiny.v: name -> "direction width". */
    static Map<String, String> topPorts(MacroConfig cfg, boolean powerPins) throws Exception {
        Path work = TestSupport.workDir("top-ports-" + cfg.name() + (powerPins ? "-pwr" : ""));
        Path top = TestSupport.repoRoot().resolve(Layout.rtlDir(cfg)).resolve(cfg.name() + ".v");
        TestSupport.Run yosys = TestSupport.run(work, 120, "yosys", "-q", "-p",
                "read_verilog " + (powerPins ? "-D" + SupplyPins.DEFINE + " " : "") + top + "; write_json top.json");
        assertEquals(0, yosys.exit(), yosys.output());
        JsonNode ports = new ObjectMapper().readTree(work.resolve("top.json").toFile()).path("modules").path(cfg.name())
                .path("ports");
        Map<String, String> out = new TreeMap<>();
        ports.fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().path("direction").asText() + " " + e.getValue().path("bits").size()));
        return out;
    }

    private static List<Map<String, String>> concat(Map<String, Map<String, String>> a, Map<String, Map<String, String>> b) {
        List<Map<String, String>> out = new ArrayList<>(a.values());
        out.addAll(b.values());
        return out;
    }

    /** The committed figures are today's: make timing on freshly generated RTL gives the same file. */
    @Test
    void committedTimingIsWhatMakeTimingMeasures() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path root = TestSupport.workDir("timing-tiny");
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        TestSupport.Run run = TestSupport.run(root.resolve(Layout.simDir(cfg)), 600, "make", "timing", "LIB=" + lib());
        assertEquals(0, run.exit(), run.output());
        String fresh = Files.readString(root.resolve(Layout.simDir(cfg)).resolve("build/sta/timing.txt"));
        Path committed = MacroTiming.committed(TestSupport.repoRoot(), cfg);
        assertEquals(Files.readString(committed), fresh, "run scripts/update-golden");
        MacroTiming t = MacroTiming.parse(fresh, "fresh");
        assertTrue(t.inputs().get("apb_paddr").setupNs() > 0, fresh);
        assertTrue(t.outputs().get("apb_prdata").maxNs() > t.outputs().get("apb_prdata").minNs(), fresh);
    }

    /** No timing file, no Liberty; a timing file of other RTL is refused, not rendered. */
    @Test
    void libertyOnlyFromTimingOfThisRtl() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        List<OutputFile> without = new Generator().generate(cfg);
        assertTrue(without.stream().noneMatch(f -> f.path().endsWith(".lib") && !f.path().contains("analog_array")),
                "no macro Liberty without timing");
        String committed = Files.readString(MacroTiming.committed(TestSupport.repoRoot(), cfg));
        MacroTiming other = MacroTiming.parse(committed.replaceFirst("rtl_sha256 \\w+", "rtl_sha256 " + "0".repeat(64)),
                "edited");
        assertThrows(Generator.StaleTimingException.class, () -> new Generator().generate(cfg, other, s -> { }));
    }

    /** The slow corner (lowest supply, coldest for this law's threshold) has the larger setup. */
    @Test
    void cornersScaleTheMeasuredDelays() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path dir = TestSupport.repoRoot().resolve(Layout.rtlDir(cfg));
        String nominal = Files.readString(dir.resolve(cfg.name() + ".lib"));
        String slow = Files.readString(dir.resolve(cfg.name() + "_0p65v_m40c.lib"));
        String fast = Files.readString(dir.resolve(cfg.name() + "_1p20v_m40c.lib"));
        assertTrue(firstSetup(slow) > firstSetup(nominal), "0.65 V is slower than nominal");
        assertTrue(firstSetup(fast) < firstSetup(nominal), "1.2 V is faster than nominal");
    }

    private static double firstSetup(String lib) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "timing_type : setup_rising;\\s*rise_constraint \\(scalar\\) \\{ values \\(\"([-0-9.]+)\"\\)").matcher(lib);
        assertTrue(m.find());
        return Double.parseDouble(m.group(1));
    }
}
