package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.model.Stimulus;
import org.aimcgen.model.VmmRun;
import org.aimcgen.sim.BenchSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random valid configurations, odd sizes included (rows not a power of two, one
 * column, one tile, unsigned weights, bit-serial inputs): each must emit RTL that lints
 * clean and run real VMMs end to end (tb_vmm: the RTL around the real-number analog
 * array) in Icarus, matching the Java model. The first THOROUGH ones also synthesise
 * without latches and run the whole-macro bench around the digital stand-in and the
 * analog array, and the sequencer bench. The seed is in the test name, so a failure can
 * be replayed.
 */
class RandomConfigTest {
    static final int CONFIGS = 20;
    static final int THOROUGH = 6;

    static Stream<Integer> seeds() {
        return IntStream.range(0, CONFIGS).boxed();
    }

    /** A random small configuration; every value drawn from its legal range. */
    static MacroConfig randomConfig(int seed) {
        Random rnd = new Random(1000 + seed);
        int[] rowsChoices = {6, 12, 15, 20, 24, 27, 36, 45, 48};
        int rows = rowsChoices[rnd.nextInt(rowsChoices.length)];
        List<Integer> divisors = new ArrayList<>();
        for (int d = 1; d <= rows; d++) {
            if (rows % d == 0 && d >= 3) {
                divisors.add(d);
            }
        }
        int tileRows = divisors.get(rnd.nextInt(divisors.size()));
        int inputBits = 1 + rnd.nextInt(8);
        boolean signed = rnd.nextBoolean();
        int weightBits = (signed ? 2 : 1) + rnd.nextInt(signed ? 7 : 8);
        List<Integer> groups = new ArrayList<>();
        for (int g = 1; g <= weightBits; g++) {
            if (weightBits % g == 0) {
                groups.add(g);
            }
        }
        // Drawn in the order they always were, so each seed keeps its configuration.
        int cols = 1 + rnd.nextInt(5);
        int capGroup = groups.get(rnd.nextInt(groups.size()));
        int adcBits = 3 + rnd.nextInt(8);
        int clockMHz = 50 + rnd.nextInt(450);
        String node = List.of("28nm", "65nm", "130nm").get(rnd.nextInt(3));
        // Raised to the first width whose counter holds the longest chain of these tiles (ConfigChecks refuses less).
        for (int bits = Math.max(4, adcBits); ; bits++) {
            List<String> sets = List.of(
                    "macro.name=rand" + seed,
                    "array.rows=" + rows,
                    "array.cols=" + cols,
                    "array.tileRows=" + tileRows,
                    "precision.inputBits=" + inputBits,
                    "precision.weightBits=" + weightBits,
                    "precision.signedWeights=" + signed,
                    "precision.capGroup=" + capGroup,
                    "precision.inputBitSerial=" + (seed % 3 == 1),
                    "adc.bits=" + bits,
                    "timing.clockMHz=" + clockMHz,
                    "technology.node=" + node,
                    "nonideal.seed=" + seed);
            try {
                return ConfigLoader.parse("", "random", sets);
            } catch (org.aimcgen.config.ConfigException e) {
                if (bits >= 12 || !e.getMessage().contains("gives a TDC that counts")) {
                    throw e;
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void emitsLintsSynthesisesAndSimulates(int seed) throws Exception {
        MacroConfig cfg = randomConfig(seed);
        Path root = TestSupport.workDir("random-" + seed);
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path sim = root.resolve("sim").resolve(cfg.name());
        String what = "seed " + seed + " " + cfg.byKey();

        TestSupport.Run lint = TestSupport.run(sim, 300, "make", "lint");
        assertEquals(0, lint.exit(), what + "\n" + lint.output());
        assertFalse(lint.output().contains("%Warning"), what + "\n" + lint.output());

        TestSupport.Run vmm = TestSupport.run(sim, 300, "make", "icarus-tb_vmm");
        assertEquals(0, vmm.exit(), what + "\n" + vmm.output());
        BenchSummary summary = vmm.output().lines().map(BenchSummary::parse).flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow(() -> new AssertionError(what + "\n" + vmm.output()));
        assertEquals(VmmRun.PRESET_VMMS, summary.vmms(), what);
        assertEquals(0, summary.mismatches(), what + "\n" + vmm.output());
        // The bench's error accumulation (Verilog reals) against the Java one, same results.
        assertEquals(VmmRun.create(cfg, VmmRun.PRESET_VMMS, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics().rmsErrPctFs(),
                summary.rmsErrPctFs(), 1e-5, what);
        if (seed >= THOROUGH) {
            return;
        }

        TestSupport.Run synth = TestSupport.run(sim, 300, "make", "synth");
        assertEquals(0, synth.exit(), what + "\n" + synth.output());
        assertFalse(Files.readString(sim.resolve("build/synth.log")).contains("$_DLATCH"), what);

        TestSupport.Run run = TestSupport.run(sim, 300, "make", "icarus-tb_macro", "icarus-tb_macro_ams",
                "icarus-tb_sequencer");
        assertEquals(0, run.exit(), what + "\n" + run.output());
        List<double[]> macro = TestSupport.summaries(run.output(), "macro", "vmms", "mismatches");
        assertEquals(Stimulus.macroScenarios(cfg).size(), (int) macro.get(0)[0], what);
        assertEquals(0, macro.get(0)[1], what + "\n" + run.output());
        List<double[]> ams = TestSupport.summaries(run.output(), "macro_ams", "vmms", "mismatches");
        assertEquals(0, ams.get(0)[1], what + "\n" + run.output());
        List<double[]> seq = TestSupport.summaries(run.output(), "sequencer", "vmms", "mismatches");
        assertEquals(0, seq.get(0)[1], what + "\n" + run.output());
        assertTrue(seq.get(0)[0] > 0, what);
    }
}
