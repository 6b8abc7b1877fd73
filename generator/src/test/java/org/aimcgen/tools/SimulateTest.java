package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.model.VmmRun;
import org.aimcgen.sim.BenchSummary;
import org.junit.jupiter.api.Test;

/**
 * 'aimcgen simulate' end to end on the tiny preset: the table it prints, Monte Carlo
 * seeds, the PVT corners, waveforms, bad options; and tb_vmm catching a wrong result.
 */
class SimulateTest {
    private static final String TINY = TestSupport.repoRoot().resolve("configs/tiny.yaml").toString();

    /** The table rows: run label, then the numbers of the columns. */
    private static List<String[]> rows(String out) {
        List<String[]> rows = new ArrayList<>();
        boolean table = false;
        for (String line : out.split("\n")) {
            if (line.startsWith("run ")) {
                table = true;
                continue;
            }
            if (table && !line.isBlank() && !line.startsWith("RMS") && !line.startsWith("simulator")
                    && !line.startsWith("waves") && !line.startsWith("plot")) {
                rows.add(line.trim().split("\\s+"));
            }
        }
        return rows;
    }

    @Test
    void monteCarloSeedsRunInVerilatorAndMatchTheModel() throws Exception {
        Path work = TestSupport.workDir("simulate-mc");
        TestSupport.CliResult r = TestSupport.cli("simulate", TINY, "--sim", "verilator", "--vmms", "4", "--mc", "2",
                "--work", work.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String[]> rows = rows(r.out());
        assertEquals(2, rows.size(), r.out());
        assertEquals(List.of("seed1", "seed2"), rows.stream().map(a -> a[0]).toList());
        for (String[] row : rows) {
            assertEquals("4", row[3], "VMMs");
            assertEquals("0", row[4], "mismatches");
            // The bench's RMS error (Verilog) equals the model's (Java) on the same results.
            assertEquals(Double.parseDouble(row[7]), Double.parseDouble(row[5]), 1e-4);
        }
        assertNotEquals(rows.get(0)[5], rows.get(1)[5], "another mismatch seed gives another error");
        // The plot holds every result the simulation streamed: 4 VMMs x 4 columns.
        String svg = Files.readString(work.resolve("seed1/sim/tiny/build/run/transfer.svg"));
        assertEquals(16, svg.split("<circle ", -1).length - 1);
        assertTrue(r.out().contains("plot:  " + work.toAbsolutePath().resolve("seed1/sim/tiny/build/run/transfer.svg")),
                r.out());
        assertTrue(r.out().contains("RMS error over 2 runs"), r.out());
    }

    @Test
    void cornersSweepTemperatureAndSupplyAndStayExact() throws Exception {
        Path work = TestSupport.workDir("simulate-corners");
        TestSupport.CliResult r = TestSupport.cli("simulate", TINY, "--corners", "--vmms", "2", "--work",
                work.toString(), "--quiet");
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String[]> rows = rows(r.out());
        assertEquals(9, rows.size(), r.out());
        assertEquals("T-40C_0.65V", rows.get(0)[0], "labels name the corner");
        List<String> supplies = rows.stream().map(a -> a[1]).distinct().sorted().toList();
        List<String> temps = rows.stream().map(a -> a[2]).distinct().sorted().toList();
        assertEquals(List.of("0.650", "0.900", "1.200"), supplies);
        assertEquals(3, temps.size());
        for (String[] row : rows) {
            assertEquals("0", row[4], String.join(" ", row));
        }
    }

    @Test
    void wavesAreWrittenForGtkwave() throws Exception {
        Path work = TestSupport.workDir("simulate-waves").toAbsolutePath();
        // A work folder relative to the current one (make and the simulator run elsewhere).
        Path relative = Path.of("").toAbsolutePath().relativize(work);
        TestSupport.CliResult r = TestSupport.cli("simulate", TINY, "--vmms", "1", "--waves", "--work",
                relative.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        Path vcd = work.resolve("nominal/sim/tiny/build/run/tb_vmm.vcd");
        assertTrue(r.out().contains("gtkwave " + vcd), r.out());
        String text = Files.readString(vcd);
        int header = text.indexOf("$enddefinitions");
        assertTrue(header > 0, "a VCD header");
        assertTrue(text.substring(0, header).contains(" res_data "), "the result bus is dumped");
        assertTrue(text.length() > header + 1000, "value changes after the header");
    }

    @Test
    void badOptionsNameTheOptionAndWriteNothing() throws Exception {
        Path work = TestSupport.workDir("simulate-bad").resolve("never");
        for (String[] args : List.of(
                new String[] {"--sim", "modelsim"},
                new String[] {"--vmms", "0"},
                new String[] {"--mc", "-1"},
                new String[] {"--set", "technology.vdd=9"})) {
            List<String> cmd = new ArrayList<>(List.of("simulate", TINY, "--work", work.toString()));
            cmd.addAll(List.of(args));
            TestSupport.CliResult r = TestSupport.cli(cmd.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            String option = args[0].equals("--set") ? "technology.vdd" : args[0];
            assertTrue(r.err().contains(option), r.err());
            assertFalse(Files.exists(work), "nothing written for " + String.join(" ", args));
        }
    }

    /** The bench must report a wrong expected result, not only agree: one result altered. */
    @Test
    void theVmmBenchCatchesAWrongResult() throws Exception {
        MacroConfig cfg = ConfigLoader.load(Path.of(TINY), List.of());
        Path root = TestSupport.workDir("simulate-negative");
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        Path sim = root.resolve("sim/tiny");
        Path expected = sim.resolve("vmm_expected.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(expected));
        // Column 0 of the first VMM (the calibration codes are in vmm_channels.txt).
        int at = 0;
        String[] first = lines.get(at).split(" ");
        lines.set(at, String.format(Locale.ROOT, "%d %s", Long.parseLong(first[0]) + 1, first[1]));
        Files.write(expected, lines);
        TestSupport.Run run = TestSupport.run(sim, 300, "make", "icarus-tb_vmm");
        assertNotEquals(0, run.exit(), "make must fail on a mismatch");
        BenchSummary s = run.output().lines().map(BenchSummary::parse).flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow(() -> new AssertionError(run.output()));
        assertEquals(1, s.mismatches(), run.output());
        assertEquals(VmmRun.PRESET_VMMS, s.vmms());
    }
}
