package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.AmsEmitter;
import org.aimcgen.emit.ElectricalEmitter;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.MacroContext;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.SdcEmitter;
import org.aimcgen.emit.SimEmitter;
import org.aimcgen.emit.Templates;
import org.aimcgen.emit.bench.ArrayStandIn;
import org.aimcgen.emit.bench.RegisterInclude;
import org.aimcgen.model.AnalogMacroModel;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.model.StandInModel;
import org.aimcgen.model.Stimulus;
import org.aimcgen.model.VmmRun;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.aimcgen.rtl.RegisterMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * adc.dualThreshold=false: no early comparators, no power gating and no gating counters in
 * any artifact outside the control RTL (which is made config-aware separately): the analog
 * array's pins, its models (checked by what Icarus elaborates), the SDC, the Java models and
 * the benches' stimulus.
 */
class SingleThresholdTest {
    /** The analog array's pins that exist only with dual threshold. */
    private static final Set<String> GATING_PINS = Set.of("az_en", "early_en", "early_margin", "gate_en", "early_trip");

    private static MacroConfig single(String preset) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset),
                List.of("adc.dualThreshold=false"));
    }

    /** Every artifact but the RTL, written under root as the generator lays it out. */
    private static List<OutputFile> writeAllButRtl(MacroConfig cfg, Path root) throws Exception {
        Templates templates = new Templates();
        MacroContext ctx = MacroContext.of(cfg);
        List<OutputFile> files = new ArrayList<>(new AmsEmitter(templates).emit(ctx));
        files.addAll(new SdcEmitter(templates).emit(ctx));
        files.addAll(new SimEmitter(templates).emit(ctx));
        for (OutputFile f : files) {
            Path p = root.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.text());
        }
        return files;
    }

    private static String text(List<OutputFile> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + suffix)).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void analogArrayPortListHasGatingPinsOnlyWithDualThreshold(String preset) {
        List<String> dual = PortList.analogArray(TestSupport.preset(preset)).ports().stream().map(Port::name).toList();
        assertTrue(dual.containsAll(GATING_PINS), "the preset has dual threshold: " + dual);
        List<String> single = PortList.analogArray(single(preset)).ports().stream().map(Port::name).toList();
        List<String> want = dual.stream().filter(n -> !GATING_PINS.contains(n)).toList();
        assertEquals(want, single, "the same pins, in the same order, less the gating ones");
    }

    /**
     * The real-number array and the stand-in, compiled by Icarus: the modules it elaborates
     * (none an early comparator) and the array's ports as Icarus sees them (PortList's,
     * none of the gating pins).
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void arrayModelsElaborateWithoutEarlyComparatorsOrGatePins(String preset) throws Exception {
        MacroConfig cfg = single(preset);
        Path root = TestSupport.workDir("single-threshold-" + preset.replace(".yaml", ""));
        List<OutputFile> files = writeAllButRtl(cfg, root);
        PortList array = PortList.analogArray(cfg);
        Path ams = root.resolve(Layout.amsDir(cfg));
        Path sim = root.resolve(Layout.simDir(cfg));

        assertFalse(Files.exists(ams.resolve(cfg.moduleName("early_comparator") + "_wreal.vams")),
                "no early-comparator model");
        List<String> wreal = new ArrayList<>(List.of("iverilog", "-g2012", "-gverilog-ams", "-I" + ams, "-o",
                root.resolve("array.vvp").toString()));
        for (String f : AmsEmitter.fileNames(cfg)) {
            wreal.add(ams.resolve(f).toString());
        }
        wreal.add(ams.resolve(AmsEmitter.arrayFile(cfg)).toString());
        Elaborated real = elaborate(root, "array.vvp", wreal);
        Elaborated standIn = elaborate(root, "standin.vvp", List.of("iverilog", "-g2012", "-o",
                root.resolve("standin.vvp").toString(), sim.resolve(ArrayStandIn.standIn(cfg)).toString()));
        Elaborated stub = elaborate(root, "stub.vvp", List.of("iverilog", "-g2012", "-o",
                root.resolve("stub.vvp").toString(), sim.resolve(ArrayStandIn.stub(cfg)).toString()));
        for (Elaborated e : List.of(real, standIn, stub)) {
            assertTrue(e.modules().stream().noneMatch(m -> m.contains("early")), "elaborated: " + e.modules());
            assertEquals(portNames(array), e.ports().get(array.module()), "the array's ports as Icarus elaborated them");
        }
        assertTrue(real.modules().contains(cfg.moduleName("time_chain")), "the model itself elaborated: " + real.modules());

        // The electrical view (not for Icarus): its header's pins, and no early comparator
        // module defined or instantiated in any electrical file.
        String electrical = text(files, ElectricalEmitter.arrayFile(cfg));
        Matcher header = Pattern.compile("module\\s+" + array.module() + "_electrical\\s*\\(([^)]*)\\)\\s*;")
                .matcher(electrical);
        assertTrue(header.find(), "electrical array module");
        // Without USE_POWER_PINS (the guarded supplies are PowerPinsTest's).
        String pinsWithoutSupplies = header.group(1).replaceAll("(?s)`ifdef USE_POWER_PINS.*?`endif", "");
        assertEquals(portNames(array), Arrays.stream(pinsWithoutSupplies.split(",")).map(String::trim).toList());
        String events = text(files, cfg.moduleName("events") + ".vams");
        Matcher defined = Pattern.compile("(?m)^module\\s+(\\w+)").matcher(events + electrical);
        List<String> modules = new ArrayList<>();
        while (defined.find()) {
            modules.add(defined.group(1));
        }
        assertTrue(modules.contains(cfg.moduleName("vtc") + "_event"), "main comparator present: " + modules);
        assertTrue(modules.stream().noneMatch(m -> m.contains("early")), "no early comparator: " + modules);
        assertFalse(electrical.contains(cfg.moduleName("vtc") + "_early_event"), "no early comparator instance");
    }

    private record Elaborated(Set<String> modules, Map<String, List<String>> ports) {
    }

    /** Compiles with Icarus and reads the module types and each top scope's ports from its output. */
    private static Elaborated elaborate(Path dir, String vvp, List<String> command) throws Exception {
        TestSupport.Run run = TestSupport.run(dir, 300, command.toArray(String[]::new));
        assertEquals(0, run.exit(), String.join(" ", command) + "\n" + run.output());
        Set<String> modules = new TreeSet<>();
        Map<String, List<String>> ports = new LinkedHashMap<>();
        Pattern scope = Pattern.compile("\\.scope module, \"(\\w+)\" \"(\\w+)\"");
        Pattern port = Pattern.compile("\\.port_info \\d+ /\\w+ \\d+ \"(\\w+)\"");
        List<String> current = null;
        for (String line : Files.readAllLines(dir.resolve(vvp))) {
            Matcher s = scope.matcher(line);
            if (s.find()) {
                modules.add(s.group(2));
                current = new ArrayList<>();
                ports.putIfAbsent(s.group(2), current);
                continue;
            }
            Matcher p = port.matcher(line);
            if (p.find() && current != null) {
                current.add(p.group(1));
            }
        }
        return new Elaborated(modules, ports);
    }

    private static List<String> portNames(PortList list) {
        return list.ports().stream().map(Port::name).toList();
    }

    /** Every analog-array pin the SDC names is a pin of the port list, and none is a gating pin. */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void sdcNamesNoEarlyOrGatePin(String preset) {
        MacroConfig cfg = single(preset);
        List<String> named = arrayPinsOf(new SdcEmitter(new Templates()).emit(MacroContext.of(cfg)).get(0).text());
        List<String> pins = portNames(PortList.analogArray(cfg));
        assertTrue(named.contains("col_pulse") && named.contains("ro_clk"), "the SDC constrains the array: " + named);
        for (String pin : named) {
            assertTrue(pins.stream().anyMatch(p -> p.matches(pin.replace("*", "\\w*"))), pin + " is no pin of the array");
            assertFalse(GATING_PINS.contains(pin), pin);
        }
        List<String> dual = arrayPinsOf(new SdcEmitter(new Templates()).emit(MacroContext.of(TestSupport.preset(preset)))
                .get(0).text());
        assertTrue(dual.contains("early_trip"), "with dual threshold the early trips are constrained: " + dual);
    }

    /** The pin names in every analog_array/NAME of a get_pins, without bit selects. */
    private static List<String> arrayPinsOf(String sdc) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("analog_array/([\\w*]+)").matcher(sdc);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** No gating counts anywhere in the models, and the codes are those of a gate always open. */
    @Test
    void javaModelsGiveNoGatingCounts() {
        MacroConfig cfg = single("tiny.yaml");
        MacroConfig dualCfg = TestSupport.preset("tiny.yaml");
        VmmRun run = VmmRun.create(cfg, 2, VmmRun.DEFAULT_STIMULUS_SEED);
        for (StandInModel.Outcome o : run.outcomes()) {
            assertTrue(Arrays.stream(o.active()).allMatch(c -> c == StandInModel.NO_COUNT), "active counts");
            assertTrue(Arrays.stream(o.gated()).allMatch(c -> c == StandInModel.NO_COUNT), "gated counts");
        }
        assertEquals(-1.0, run.modelMetrics().gatedPct(), "no gated fraction");
        Map<String, String> files = run.files();
        assertEquals(2, files.get("vmm_run.txt").trim().split(" ").length, "vmm_run.txt: VMMs and CONVERT length");
        assertTrue(files.get("vmm_channels.txt").lines().allMatch(l -> l.matches("\\d+")), "one code a channel line");

        List<StandInModel.Scenario> scenarios = Stimulus.macroScenarios(cfg);
        assertEquals(Stimulus.macroScenarios(dualCfg).size() - 2, scenarios.size(),
                "no gating-off or short-margin scenario");
        assertTrue(scenarios.stream().noneMatch(StandInModel.Scenario::gating));
        int[][] w = Stimulus.macroWeights(cfg);
        Stimulus.Macro macro = Stimulus.macro(cfg, w, scenarios);
        assertTrue(macro.vmms().lines().allMatch(l -> l.split(" ").length == 2), "macro_vmms.txt: overrange, CONVERT");
        AnalogModel model = new AnalogModel(cfg);
        AnalogModel dualModel = new AnalogModel(dualCfg);
        for (int n = 0; n < scenarios.size(); n++) {
            StandInModel.Scenario sc = scenarios.get(n);
            // The dual-threshold macro with gating off converts exactly as one without.
            StandInModel.Scenario open = new StandInModel.Scenario(false, 8, sc.overrange(), sc.convertCycles(), sc.x());
            StandInModel.Outcome standIn = StandInModel.run(cfg, w, sc);
            assertEquals(Arrays.toString(StandInModel.run(dualCfg, w, open).rawCodes()),
                    Arrays.toString(standIn.rawCodes()), "stand-in codes, scenario " + n);
            assertTrue(Arrays.stream(standIn.active()).allMatch(c -> c == StandInModel.NO_COUNT));
            StandInModel.Outcome analog = AnalogMacroModel.run(model, w, sc, n);
            assertEquals(Arrays.toString(AnalogMacroModel.run(dualModel, w, open, n).rawCodes()),
                    Arrays.toString(analog.rawCodes()), "analog codes, scenario " + n);
            assertTrue(Arrays.stream(analog.gated()).allMatch(c -> c == StandInModel.NO_COUNT));
        }
    }

    /**
     * The benches: no early-comparator bench (files, Makefile), and tb_vmm and tb_macro name
     * no gating register; every register they use they declare.
     */
    @Test
    void benchesHaveNoGating() throws Exception {
        MacroConfig cfg = single("tiny.yaml");
        Path root = TestSupport.workDir("single-threshold-benches");
        List<OutputFile> files = writeAllButRtl(cfg, root);
        assertTrue(files.stream().noneMatch(f -> f.path().contains("early")),
                "no early-comparator file: " + files.stream().map(OutputFile::path).filter(p -> p.contains("early")).toList());
        Path sim = root.resolve(Layout.simDir(cfg));
        TestSupport.Run make = TestSupport.run(sim, 60, "make", "-s", "--eval=print-benches: ; @echo $(BENCHES)",
                "print-benches");
        assertEquals(0, make.exit(), make.output());
        List<String> benches = List.of(make.output().trim().split("\\s+"));
        assertEquals(SimEmitter.benches(cfg), benches);
        assertFalse(benches.contains("tb_early_comparator"), benches.toString());
        assertTrue(benches.contains("tb_vmm") && benches.contains("tb_macro"), benches.toString());
        // The benches' register include declares the macro's registers, no gating register
        // and no gating bit; each bench uses only what it declares.
        String include = text(files, "/" + RegisterInclude.fileName(cfg));
        Set<String> declared = names(include, "localparam \\[7:0\\] REG_(\\w+)");
        assertEquals(new TreeSet<>(RegisterMap.present(cfg).stream().map(Enum::name).toList()), declared);
        assertFalse(include.contains("CTRL_GATING_MASK"), "no gating bit in the include");
        for (String bench : List.of("tb_vmm.v", "tb_macro.v", "tb_macro_ams.v")) {
            String tb = text(files, "/" + bench);
            Set<String> used = names(tb, "\\bREG_(\\w+)\\b");
            assertTrue(declared.containsAll(used), bench + " uses undeclared registers: " + used);
            for (String reg : List.of("EARLY_MARGIN", "ACTIVE_CYCLES", "GATED_CYCLES")) {
                assertFalse(used.contains(reg) || declared.contains(reg), bench + " has " + reg);
            }
        }
        assertTrue(text(files, "/tb_vmm.v").contains("-1.0, saturated);"), "tb_vmm prints gated_pct=-1");
    }

    private static Set<String> names(String text, String regex) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** tb_vmm end to end without dual threshold: 'aimcgen simulate' reports no mismatch and no gated fraction. */
    /**
     * The control RTL without dual threshold, elaborated and flattened by yosys with the
     * analog array as a black box: no gating controller module, and no register, wire or
     * pin of the gating left (gate, early trip, monitor, lead window, gating enable, early
     * margin, the statistics). The same check on the dual-threshold RTL finds them, so the
     * check can fail.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void rtlHasNoGatingHardware(String preset) throws Exception {
        MacroConfig single = single(preset);
        MacroConfig dual = ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset), List.of());
        List<String> without = gatingNames(single, "rtl-single-" + single.name());
        assertTrue(without.isEmpty(), "gating hardware left without dual threshold: " + without);
        List<String> with = gatingNames(dual, "rtl-dual-" + dual.name());
        assertTrue(with.stream().anyMatch(n -> n.contains("adc_gate_ctrl")), "the check sees the gating: " + with);
        assertTrue(with.stream().anyMatch(n -> n.contains("gate_open")), "the check sees the gates: " + with);
    }

    /** Modules and flattened signal names of the gating in the macro's RTL, as yosys elaborates it. */
    private static List<String> gatingNames(MacroConfig cfg, String dirName) throws Exception {
        Path root = TestSupport.workDir(dirName);
        org.aimcgen.emit.OutputWriter.write(root, cfg, new org.aimcgen.emit.Generator().generate(cfg));
        Path rtl = root.resolve(Layout.rtlDir(cfg));
        Path stub = root.resolve("sim").resolve(cfg.name()).resolve("stub").resolve(cfg.moduleName("analog_array") + ".v");
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(rtl.resolve(cfg.name() + ".f"))) {
            if (!line.isBlank() && !line.startsWith("//") && !line.startsWith("#")) {
                files.add(rtl.resolve(Path.of(line.trim()).getFileName()).toString());
            }
        }
        String script = "read_verilog -lib " + stub + "; read_verilog " + String.join(" ", files)
                + "; hierarchy -top " + cfg.name() + "; tee -o modules.txt ls; proc; flatten; opt_clean"
                + "; tee -o names.txt select -list w:*";
        TestSupport.Run run = TestSupport.run(rtl, 300, "yosys", "-q", "-p", script);
        assertEquals(0, run.exit(), run.output());
        List<String> found = new ArrayList<>();
        Pattern gating = Pattern.compile("adc_gate_ctrl|gate_open|gate_en|gate_force|early|monitor|lead_cycles|gating"
                + "|active_cycles|gated_cycles");
        for (String name : Files.readAllLines(rtl.resolve("modules.txt"))) {
            if (gating.matcher(name).find()) {
                found.add("module " + name.trim());
            }
        }
        for (String name : Files.readAllLines(rtl.resolve("names.txt"))) {
            if (gating.matcher(name).find()) {
                found.add(name.trim());
            }
        }
        return found;
    }

    @Test
    void simulateWithoutDualThreshold() throws Exception {
        Path work = TestSupport.workDir("simulate-single-threshold");
        TestSupport.CliResult r = TestSupport.cli("simulate",
                TestSupport.repoRoot().resolve("configs/tiny.yaml").toString(), "--set", "adc.dualThreshold=false",
                "--sim", "icarus", "--vmms", "2", "--work", work.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String[]> rows = new ArrayList<>();
        List<String> header = List.of();
        boolean table = false;
        for (String line : r.out().split("\n")) {
            if (line.startsWith("run ")) {
                table = true;
                header = List.of(line.trim().split("\\s+"));
            } else if (table && !line.isBlank() && !line.startsWith("simulator") && !line.startsWith("table:")
                    && !line.startsWith("waves") && !line.startsWith("plot")) {
                rows.add(line.trim().split("\\s+"));
            }
        }
        assertEquals(1, rows.size(), r.out());
        assertEquals("2", rows.get(0)[3], "VMMs");
        assertEquals("0", rows.get(0)[4], "mismatches");
        assertEquals("n/a", rows.get(0)[header.indexOf("gated_%")], "gated fraction");
    }
}
