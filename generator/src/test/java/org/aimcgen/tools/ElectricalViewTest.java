package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.AmsEmitter;
import org.aimcgen.emit.ElectricalEmitter;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.Templates;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The electrical views: the continuous blocks must parse with admsXml (which exits 0 even
 * on fatal errors, so its '[fatal' lines are what count); the event-driven blocks, which
 * admsXml cannot read (cross, transition, timer), must have exactly the pins of their
 * port lists.
 */
class ElectricalViewTest {
    private static final Pattern MODULE = Pattern.compile("module\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;", Pattern.DOTALL);

    private static List<OutputFile> emit(MacroConfig cfg) {
        return new AmsEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg));
    }

    private static String file(List<OutputFile> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst().orElseThrow().text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void continuousBlocksParseWithAdms(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path dir = TestSupport.workDir("adms-" + preset.replace(".yaml", ""));
        List<OutputFile> files = emit(cfg);
        List<String> continuous = new ArrayList<>(List.of("_tile_column_electrical.vams", "_vtc_electrical.vams"));
        if (cfg.tracksReference()) {
            continuous.add("_vtc_track_electrical.vams");  // the tracked channels' input stage (adc.rangeShift)
        }
        for (String suffix : continuous) {
            assertTrue(file(files, suffix).contains("aimc_rng_normal(seed"), suffix + " draws its own mismatch");
            Path va = dir.resolve(cfg.name() + suffix.replace(".vams", ".va"));
            Files.writeString(va, file(files, suffix));
            TestSupport.Run run = TestSupport.run(dir, 300, "admsXml", va.getFileName().toString());
            assertFalse(run.output().contains("[fatal"), suffix + ":\n" + run.output());
            assertTrue(run.output().contains("admst iterations"), "admsXml ran to the end:\n" + run.output());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "aidac-1024x256.yaml"})
    void everyElectricalModuleHasThePinsOfItsPortList(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        List<OutputFile> files = emit(cfg);
        List<String> tilePins = new ArrayList<>(PortList.tileColumn(cfg).scalarPins(true));
        tilePins.addAll(PortList.tileColumn(cfg).scalarPins(false));
        assertEquals(tilePins, pins(file(files, "_tile_column_electrical.vams"), cfg.moduleName("tile_column_electrical")));
        List<String> vtcPins = new ArrayList<>(List.of("start", "v_in", "ramp", "pulse"));
        assertEquals(vtcPins, pins(file(files, "_vtc_electrical.vams"), cfg.moduleName("vtc_electrical")),
                "the VTC's electrical view adds its ramp node to the port list's pins");
        String events = file(files, "_events.vams");
        for (PortList list : List.of(PortList.mainComparator(cfg), PortList.earlyComparator(cfg))) {
            List<String> want = new ArrayList<>(list.scalarPins(true));
            want.addAll(list.scalarPins(false));
            assertEquals(want, pins(events, list.module()), list.module());
        }
        PortList ro = PortList.ringOscillator(cfg);
        List<String> roPins = new ArrayList<>(ro.scalarPins(true));
        roPins.addAll(ro.scalarPins(false));
        assertEquals(roPins, pins(events, ro.module() + "_event"));
        PortList chain = PortList.timeChain(cfg);
        assertEquals(ElectricalEmitter.pins(chain), pins(file(files, "_time_chain_electrical.vams"),
                chain.module() + "_electrical"));
    }

    /**
     * The array's electrical view: the black box's ports (names, order, directions, widths),
     * and every module it instantiates, in it or in the time chain's file, is defined in
     * the emitted electrical files with every named pin and parameter it is given.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "aidac-1024x256.yaml"})
    void arrayViewHasTheBlackBoxPortsAndInstantiatesDeclaredPins(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        List<OutputFile> files = emit(cfg);
        PortList box = PortList.analogArray(cfg);
        String array = file(files, ElectricalEmitter.arrayFile(cfg));
        List<String> names = box.ports().stream().map(Port::name).toList();
        assertEquals(names, pins(array, box.module() + "_electrical"));
        for (Port p : box.ports()) {
            Matcher m = Pattern.compile("\\n  (input|output)\\s+(\\[(\\d+):0\\]\\s+)?" + p.name() + ";").matcher(array);
            assertTrue(m.find(), "declaration of " + p.name());
            assertEquals(p.isInput() ? "input" : "output", m.group(1), p.name());
            int width = m.group(3) == null ? 1 : Integer.parseInt(m.group(3)) + 1;
            assertEquals(p.width(), width, p.name());
        }
        assertTrue(array.length() < 200_000, "generate loops keep the file small: " + array.length() + " characters");

        String all = files.stream().filter(f -> f.path().endsWith(".vams") && !f.path().endsWith("_wreal.vams"))
                .map(OutputFile::text).reduce("", String::concat);
        String chain = file(files, "_time_chain_electrical.vams");
        int instances = 0;
        for (String text : List.of(array, chain)) {
            Matcher inst = Pattern.compile("\\b(" + cfg.name() + "_\\w+)\\s+#\\((.*?)\\)\\s+(\\w+)\\s*\\((.*?)\\);",
                    Pattern.DOTALL).matcher(text);
            while (inst.find()) {
                instances++;
                String module = inst.group(1);
                List<String> declared = pins(all, module);
                for (String pin : named(inst.group(4))) {
                    assertTrue(declared.contains(pin), module + " " + inst.group(3) + " has no pin " + pin);
                }
                String body = moduleBody(all, module);
                for (String parameter : named(inst.group(2))) {
                    assertTrue(Pattern.compile("parameter\\s+(real|integer)\\s+" + parameter + "\\b").matcher(body).find(),
                            module + " has no parameter " + parameter);
                }
            }
        }
        // Per tile and column: tile column; per tile and channel: VTC, comparator, link, and
        // with range tracking its input stage; per channel: early comparator; the oscillator;
        // per tile in the chain: three.
        int perChannel = cfg.tracksReference() ? 4 : 3;
        assertEquals(1 + perChannel + 1 + 1 + 3 * cfg.tiles(), instances,
                "instantiations (generate loops, not one per instance)");
        if (cfg.tracksReference()) {
            assertTrue(array.contains(ElectricalEmitter.trackModule(cfg) + " #("), "the array instantiates the tracked stage");
            assertTrue(array.contains(".gain(range_gain)") && array.contains("V(range_gain) <+ (1 << range_shift)"),
                    "the tracked stage's gain follows the range_shift pin");
        }
        for (String module : List.of("tile_column_electrical", "vtc_electrical", "vtc_event", "vtc_early_event",
                "time_chain_link", "ring_osc_event")) {
            assertTrue(array.contains(cfg.moduleName(module) + " #("), "the array instantiates " + module);
        }
    }

    /** The names given in a named connection or parameter list: .name(...). */
    private static List<String> named(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\.(\\w+)\\s*\\(").matcher(list);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertFalse(out.isEmpty(), "named connections: " + list);
        return out;
    }

    private static String moduleBody(String text, String module) {
        int start = text.indexOf("module " + module + " ");
        assertTrue(start >= 0, "no module " + module);
        return text.substring(start, text.indexOf("endmodule", start));
    }

    /**
     * The electrical views carry the arithmetic tb_rng verifies: their random-number
     * functions (Verilog-A) are the bench's (Verilog) once the dialect's names are mapped.
     */
    @Test
    void electricalViewsCarryTheRandomNumbersTheBenchVerifies() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        String bench = new org.aimcgen.emit.SimEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)).stream()
                .filter(f -> f.path().endsWith("/tb_rng.v")).findFirst().orElseThrow().text();
        String verilog = rngSection(bench);
        assertTrue(verilog.contains("function integer aimc_rng_mix") && verilog.contains("$floor("), verilog);
        List<OutputFile> files = emit(cfg);
        for (String suffix : List.of("_tile_column_electrical.vams", "_vtc_electrical.vams", "_events.vams")) {
            String veriloga = rngSection(file(files, suffix));
            assertTrue(veriloga.contains("analog function integer aimc_rng_mix"), suffix);
            assertFalse(veriloga.contains("$"), suffix + ": no Verilog system functions in Verilog-A");
            String mapped = veriloga.replace("analog function", "function")
                    .replaceAll("\\b(floor|ln|sqrt|cos)\\(", "\\$$1(");
            assertEquals(verilog, mapped, suffix);
        }
    }

    private static String rngSection(String text) {
        int start = text.indexOf("// ---- counter-based random numbers");
        int end = text.indexOf("// ---- end of random numbers ----");
        assertTrue(start >= 0 && end > start, "random-number section present");
        return text.substring(start, end);
    }

    private static List<String> pins(String text, String module) {
        Matcher m = MODULE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(module)) {
                List<String> out = new ArrayList<>();
                // The supply ports exist only with USE_POWER_PINS (PowerPinsTest checks them).
                for (String p : m.group(2).replaceAll("(?s)`ifdef USE_POWER_PINS.*?`endif", "").split(",")) {
                    out.add(p.trim());
                }
                return out;
            }
        }
        throw new AssertionError("no module " + module);
    }
}
