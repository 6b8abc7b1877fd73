package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated outputs through the real tools, via the generated Makefile: Verilator
 * lint, Yosys synthesis, and both simulators running the benches against the Java models.
 * Work folders stay under target/test-work/ with their logs (make waves there for VCDs).
 */
class ToolFlowTest {
    /** Array size (rows x cols) up to which the tool tests also run Verilator. */
    static final long VERILATOR_TEST_LIMIT = 64 * 1024;

    static List<String> presets() throws Exception {
        return TestSupport.presetFiles();
    }

    private static Path generate(String preset, String workName) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path root = TestSupport.workDir(workName);
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        return root.resolve("sim").resolve(cfg.name());
    }

    /**
     * Every file under the output root but build/ scratch: after the tools have run, the
     * generated files and nothing else (scratch never lands beside committed outputs).
     */
    private static void assertOnlyGeneratedFiles(Path root, MacroConfig cfg) throws Exception {
        java.util.Set<String> generated = new java.util.TreeSet<>();
        for (var f : new Generator().generate(cfg)) {
            generated.add(f.path());
        }
        java.util.Set<String> found = new java.util.TreeSet<>();
        try (var s = Files.walk(root)) {
            s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.contains("/build/")).forEach(found::add);
        }
        assertEquals(generated, found, "a tool run wrote outside build/");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void lintsCleanAndSynthesises(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path sim = generate(preset, "toolflow-" + preset.replace(".yaml", "") + "-lint-synth");

        TestSupport.Run lint = TestSupport.run(sim, 300, "make", "lint");
        assertEquals(0, lint.exit(), "verilator -Wall lint:\n" + lint.output());
        assertFalse(lint.output().contains("%Warning"), lint.output());

        TestSupport.Run synth = TestSupport.run(sim, 600, "make", "synth");
        assertEquals(0, synth.exit(), "yosys:\n" + synth.output());
        String synthLog = Files.readString(sim.resolve("build/synth.log"));
        assertTrue(synthLog.contains("Found and reported 0 problems"), "yosys check must be clean (no undriven nets)");
        assertFalse(synthLog.contains("$_DLATCH"), "no latches");
        String cells = Files.readString(sim.resolve("build/cells.txt"));
        assertTrue(cells.contains("Number of cells"), cells);
        String committed = Files.readString(TestSupport.repoRoot().resolve("rtl-out").resolve(sim.getFileName())
                .resolve("synth/cells.txt"));
        assertEquals(committed, cells, "committed cell counts are stale: run scripts/update-golden");
        assertOnlyGeneratedFiles(sim.getParent().getParent(), cfg);
    }

    /**
     * Every bench of every preset, in each simulator (each its own test, so they run in
     * parallel). Verilator takes minutes to compile the 1024 x 256 benches: the largest
     * preset runs them in 'make bench' instead, keeping 'make test' inside its time budget.
     */
    static Stream<Arguments> presetsAndSimulators() throws Exception {
        List<Arguments> runs = new java.util.ArrayList<>();
        for (String preset : presets()) {
            MacroConfig cfg = TestSupport.preset(preset);
            runs.add(Arguments.of(preset, "icarus"));
            if ((long) cfg.rows() * cfg.cols() <= VERILATOR_TEST_LIMIT) {
                runs.add(Arguments.of(preset, "verilator"));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("presetsAndSimulators")
    void everyBenchPassesAgainstTheJavaModels(String preset, String simulator) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path sim = generate(preset, "toolflow-" + preset.replace(".yaml", "") + "-" + simulator);
        TestSupport.Run run = TestSupport.run(sim, 900, "make", "sim-" + simulator);
        assertEquals(0, run.exit(), simulator + ":\n" + run.output());
        List<double[]> seq = TestSupport.summaries(run.output(), "sequencer", "vmms", "mismatches");
        assertEquals(1, seq.size(), run.output());
        assertTrue(seq.get(0)[0] >= 10, "sequencer bench ran its VMMs");
        assertEquals(0, seq.get(0)[1], simulator + " sequencer:\n" + run.output());
        List<double[]> tile = TestSupport.summaries(run.output(), "tile_column", "vectors", "mismatches",
                "max_abs_err_v");
        assertEquals(1, tile.size(), run.output());
        assertTrue(tile.get(0)[0] >= 19, "tile bench ran its vectors");
        assertEquals(0, tile.get(0)[1], simulator + " tile column:\n" + run.output());
        assertTrue(tile.get(0)[2] < 1e-9, "tile voltages match the Java model");
        assertAnalogBlocksPass(simulator, run.output());
        // The electrical views' limb random numbers against the shared functions.
        List<double[]> rng = TestSupport.summaries(run.output(), "tb_rng", "n", "mismatches", "max_abs_err");
        assertEquals(1, rng.size(), run.output());
        assertTrue(rng.get(0)[0] >= 1000, simulator + " compared a few thousand words:\n" + run.output());
        assertEquals(0, rng.get(0)[1], simulator + " tb_rng:\n" + run.output());
        assertTrue(rng.get(0)[2] <= 1e-12, simulator + ": normals agree:\n" + run.output());
        List<double[]> macro = TestSupport.summaries(run.output(), "macro", "vmms", "mismatches", "readback");
        assertEquals(1, macro.size(), run.output());
        assertEquals(org.aimcgen.model.Stimulus.macroScenarios(cfg).size(), (int) macro.get(0)[0],
                "every VMM scenario ran");
        assertEquals(0, macro.get(0)[1], simulator + " macro:\n" + run.output());
        assertTrue(macro.get(0)[2] >= 16, "weights were read back");
        List<double[]> ams = TestSupport.summaries(run.output(), "macro_ams", "vmms", "mismatches", "readback");
        assertEquals(1, ams.size(), run.output());
        assertEquals(macro.get(0)[0], ams.get(0)[0], "the analog array ran every scenario");
        assertEquals(0, ams.get(0)[1], simulator + " macro with the analog array:\n" + run.output());
        List<org.aimcgen.sim.BenchSummary> vmm = run.output().lines().map(org.aimcgen.sim.BenchSummary::parse)
                .flatMap(java.util.Optional::stream).toList();
        assertEquals(1, vmm.size(), run.output());
        assertEquals(org.aimcgen.model.VmmRun.PRESET_VMMS, vmm.get(0).vmms(), "tb_vmm ran its VMMs");
        assertEquals(0, vmm.get(0).mismatches(), simulator + " tb_vmm:\n" + run.output());
        if (simulator.equals("icarus")) {
            TestSupport.Run waves = TestSupport.run(sim, 300, "make", "waves-tb_sequencer");
            assertEquals(0, waves.exit(), waves.output());
            assertTrue(Files.size(sim.resolve("build/tb_sequencer.vcd")) > 0, "waves land in build/");
        }
        assertOnlyGeneratedFiles(sim.getParent().getParent(), cfg);
    }

    /** The real-number block benches: VTC (offset, noise) and ring oscillator against the Java model. */
    private static void assertAnalogBlocksPass(String simulator, String output) {
        List<double[]> vtc = TestSupport.summaries(output, "vtc", "vectors", "mismatches", "max_abs_err_ns");
        assertEquals(1, vtc.size(), output);
        assertTrue(vtc.get(0)[0] >= 20, "vtc bench ran its vectors");
        assertEquals(0, vtc.get(0)[1], simulator + " vtc:\n" + output);
        List<double[]> early = TestSupport.summaries(output, "early", "vectors", "mismatches");
        assertEquals(1, early.size(), output);
        assertTrue(early.get(0)[0] >= 16, "every margin code ran");
        assertEquals(0, early.get(0)[1], simulator + " early comparator:\n" + output);
        List<double[]> chain = TestSupport.summaries(output, "time_chain", "vectors", "mismatches");
        assertEquals(1, chain.size(), output);
        assertTrue(chain.get(0)[0] >= 16, "time chain bench ran its vectors");
        assertEquals(0, chain.get(0)[1], simulator + " time chain:\n" + output);
        List<double[]> ro = TestSupport.summaries(output, "ring_osc", "checks", "mismatches");
        assertEquals(1, ro.size(), output);
        assertTrue(ro.get(0)[0] >= 4, "ring oscillator bench measured period and taps");
        assertEquals(0, ro.get(0)[1], simulator + " ring oscillator:\n" + output);
    }

    /** Away from nominal supply and temperature, the models still agree with the Java model. */
    @Test
    void analogBlocksAtAPvtCorner() throws Exception {
        MacroConfig cfg = org.aimcgen.config.ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"),
                List.of("technology.vdd=0.7", "technology.tempC=105", "nonideal.capMismatchPct=1",
                        "macro.name=tiny_corner"));
        Path root = TestSupport.workDir("toolflow-pvt-corner");
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path sim = root.resolve("sim").resolve(cfg.name());
        for (String simulator : List.of("icarus", "verilator")) {
            TestSupport.Run run = TestSupport.run(sim, 600, "make", simulator + "-tb_vtc", simulator + "-tb_ring_osc",
                    simulator + "-tb_tile_column", simulator + "-tb_early_comparator", simulator + "-tb_time_chain");
            assertEquals(0, run.exit(), simulator + ":\n" + run.output());
            assertAnalogBlocksPass(simulator, run.output());
            List<double[]> tile = TestSupport.summaries(run.output(), "tile_column", "vectors", "mismatches");
            assertEquals(0, tile.get(0)[1], run.output());
        }
    }

    /** Bit-serial inputs: the DRIVE..SHARE loop per plane, in both simulators. */
    @Test
    void bitSerialInputsInBothSimulators() throws Exception {
        MacroConfig cfg = org.aimcgen.config.ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"),
                List.of("precision.inputBitSerial=true", "macro.name=tiny_serial"));
        Path root = TestSupport.workDir("toolflow-bit-serial");
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path sim = root.resolve("sim").resolve(cfg.name());
        TestSupport.Run lint = TestSupport.run(sim, 300, "make", "lint");
        assertEquals(0, lint.exit(), lint.output());
        for (String target : List.of("icarus-tb_macro", "icarus-tb_sequencer", "verilator-tb_macro",
                "verilator-tb_sequencer")) {
            TestSupport.Run run = TestSupport.run(sim, 600, "make", target);
            assertEquals(0, run.exit(), target + ":\n" + run.output());
            String bench = target.substring(target.indexOf("tb_") + 3);
            List<double[]> s = TestSupport.summaries(run.output(), bench, "vmms", "mismatches");
            assertEquals(1, s.size(), run.output());
            assertTrue(s.get(0)[0] > 0, run.output());
            assertEquals(0, s.get(0)[1], target + ":\n" + run.output());
        }
    }

    /**
     * The ADC range for the data (picoram-4b: adc.rangeShift = 2): the tracked channels'
     * TDC codes and gating counts, and every other channel's, from the real-number array
     * (tb_macro_ams, tb_vmm, its calibration included) and the stand-in (tb_macro) are the
     * Java models' (AnalogModel.trackedPulseNs, StandInModel.trackedChainSteps), in both
     * simulators. Only what the array decides is asserted here: the column results also
     * depend on the RTL's combine, which everyBenchPassesAgainstTheJavaModels checks.
     */
    @ParameterizedTest
    @ValueSource(strings = {"icarus", "verilator"})
    void trackedChannelsConvertAsTheJavaModels(String simulator) throws Exception {
        MacroConfig cfg = TestSupport.preset("picoram-4b.yaml");
        assertTrue(cfg.tracksReference(), "picoram-4b tracks the reference column");
        Path sim = generate("picoram-4b.yaml", "toolflow-tracked-" + simulator);
        TestSupport.Run run = TestSupport.run(sim, 900, "make", "-k", simulator + "-tb_macro",
                simulator + "-tb_macro_ams", simulator + "-tb_vmm");
        assertEquals(1, TestSupport.summaries(run.output(), "macro", "vmms", "mismatches", "readback").size(),
                run.output());
        assertEquals(1, TestSupport.summaries(run.output(), "macro_ams", "vmms", "mismatches", "readback").size(),
                run.output());
        assertEquals(1, run.output().lines().map(org.aimcgen.sim.BenchSummary::parse)
                .flatMap(java.util.Optional::stream).count(), run.output());
        Pattern arrayMismatch = Pattern.compile("TDC code|cycles|never finished|VMM_COUNT|read back|ZERO_CODE");
        List<String> wrong = run.output().lines().filter(l -> arrayMismatch.matcher(l).find()).toList();
        assertEquals(0, wrong.size(), simulator + ": codes and gating counts of the array models, "
                + wrong.size() + " mismatches, the first:\n" + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
    }

    /**
     * The benches must be able to fail, in both simulators: one wrong expectation in each
     * bench's expected file is reported as exactly one mismatch. (Verilator's V3Life once
     * made the block benches print their mismatches and sum zero; this is the guard.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"icarus", "verilator"})
    void benchesCatchAWrongExpectation(String simulator) throws Exception {
        Path sim = generate("tiny.yaml", "toolflow-negative-" + simulator);
        Path tileExpected = sim.resolve("tile_column_expected.txt");
        List<String> lines = Files.readAllLines(tileExpected);
        lines.set(3, "1.0e-3");  // a non-zero group voltage where the model says otherwise
        Files.write(tileExpected, lines);
        Path seqExpected = sim.resolve("sequencer_expected.txt");
        List<String> seq = Files.readAllLines(seqExpected);
        seq.set(2, seq.get(2).replaceFirst("^\\d+", "99"));
        Files.write(seqExpected, seq);
        for (String timed : List.of("vtc_expected.txt", "early_expected.txt", "chain_expected.txt")) {
            List<String> t = Files.readAllLines(sim.resolve(timed));
            t.set(2, Double.toString(Double.parseDouble(t.get(2)) + 0.5));  // half a nanosecond off
            Files.write(sim.resolve(timed), t);
        }
        Path macroExpected = sim.resolve("macro_expected.txt");
        List<String> macro = Files.readAllLines(macroExpected);
        macro.set(1, Long.toString(Long.parseLong(macro.get(1)) + 1));  // column 1 of the first VMM
        Files.write(macroExpected, macro);

        TestSupport.Run run = TestSupport.run(sim, 900, "make", "-k", simulator + "-tb_tile_column",
                simulator + "-tb_sequencer", simulator + "-tb_vtc", simulator + "-tb_early_comparator",
                simulator + "-tb_time_chain", simulator + "-tb_macro");
        assertNotEquals(0, run.exit(), run.output());
        for (String[] bench : new String[][] {{"tile_column", "vectors"}, {"sequencer", "vmms"}, {"vtc", "vectors"},
            {"early", "vectors"}, {"time_chain", "vectors"}, {"macro", "vmms"}}) {
            List<double[]> s = TestSupport.summaries(run.output(), bench[0], bench[1], "mismatches");
            assertEquals(1, s.size(), bench[0] + ": " + run.output());
            assertEquals(1, s.get(0)[1], bench[0] + " reports exactly the one wrong expectation: " + run.output());
        }
    }

    /**
     * DESIGN.md section 7: Verilator 5.006's table optimisation can turn a real computed
     * from a narrow integer into 0. The early comparator's trim-to-time conversion is that
     * pattern; its bench checks every trim code, so it must fail when the conversion is 0,
     * as the miscompile would make it (the model's fault hook), and pass otherwise.
     */
    @Test
    void earlyComparatorBenchCatchesTheTableMiscompileSymptom() throws Exception {
        Path sim = generate("tiny.yaml", "toolflow-table-fault");
        TestSupport.Run good = TestSupport.run(sim, 600, "make", "verilator-tb_early_comparator");
        assertEquals(0, good.exit(), good.output());
        TestSupport.Run bad = TestSupport.run(sim, 600, "make", "verilator-tb_early_comparator", "BUILD=build-fault",
                "VERILATOR_EXTRA=-DAIMC_FAULT_TABLE_MISCOMPILE");
        assertNotEquals(0, bad.exit(), bad.output());
        List<double[]> s = TestSupport.summaries(bad.output(), "early", "vectors", "mismatches");
        assertEquals(1, s.size(), bad.output());
        assertTrue(s.get(0)[1] >= (1 << org.aimcgen.ports.PortList.EARLY_MARGIN_BITS) - 1,
                "every non-zero trim code is caught: " + bad.output());
    }
}
