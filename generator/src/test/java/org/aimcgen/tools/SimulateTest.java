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
                    && !line.startsWith("table:") && !line.startsWith("waves") && !line.startsWith("plot")) {
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
        MacroConfig cfg = ConfigLoader.load(Path.of(TINY), List.of());
        for (String[] row : rows) {
            assertEquals("4", row[3], "VMMs");
            assertEquals("0", row[4], "mismatches");
            // The bench's RMS error (Verilog) equals the model's (Java) on the same results.
            assertEquals(Double.parseDouble(row[7]), Double.parseDouble(row[5]), 1e-4);
            // SNR and saturated count, recomputed here from what the simulation streamed.
            Path results = work.resolve(row[0]).resolve("sim/tiny/build/run/vmm_results.txt");
            double[] snrAndSaturated = snrAndSaturated(cfg, results);
            assertEquals(snrAndSaturated[0], Double.parseDouble(row[8]), 0.006, "snr_dB of " + row[0]);
            assertEquals((long) snrAndSaturated[1], Long.parseLong(row[10]), "sat of " + row[0]);
            // mismatches=0: the bench is bit-exact with the model, so their SNR is the same.
            assertEquals(row[8], row[9], "model_snr of " + row[0]);
        }
        assertNotEquals(rows.get(0)[5], rows.get(1)[5], "another mismatch seed gives another error");
        // The progress (stderr) names the SNR in each run's done line.
        assertTrue(r.err().contains("  [seed1] done: 4 VMMs, mismatches=0, RMS error " + rows.get(0)[5]
                + " % FS"), r.err());
        assertTrue(r.err().contains(", SNR " + rows.get(0)[8] + " dB (model " + rows.get(0)[9] + "), saturated "
                + rows.get(0)[10] + " of 16,"), r.err());
        // The spread: the worst run's RMS over the nominal run's (the first seed), and the SNR range.
        double rms1 = Double.parseDouble(rows.get(0)[5]);
        double rms2 = Double.parseDouble(rows.get(1)[5]);
        String worst = rms2 > rms1 ? "seed2" : "seed1";
        assertTrue(r.out().contains(String.format(Locale.ROOT, "; worst/nominal %.2fx (%s over seed1)",
                Math.max(rms1, rms2) / rms1, worst)), r.out());
        double snr1 = Double.parseDouble(rows.get(0)[8]);
        double snr2 = Double.parseDouble(rows.get(1)[8]);
        assertTrue(r.out().contains(String.format(Locale.ROOT, "; SNR %.2f to %.2f dB", Math.min(snr1, snr2),
                Math.max(snr1, snr2))), r.out());
        // The plot holds every result the simulation streamed, 4 VMMs x 4 columns, as XChart's
        // circle markers (ellipses), plus the legend's marker.
        String svg = Files.readString(work.resolve("seed1/sim/tiny/build/run/transfer.svg"));
        assertEquals(16 + 1, svg.split("<ellipse ", -1).length - 1);
        assertTrue(r.out().contains("plot:  " + work.toAbsolutePath().resolve("seed1/sim/tiny/build/run/transfer.svg")),
                r.out());
        assertTrue(r.out().contains("RMS error over 2 runs"), r.out());
    }

    /**
     * From the definition: 20 log10(RMS ideal / RMS error) in output LSB, the ideal being
     * idealMac x (2^adcBits - 1) / (rows x inputMax x groupMax); saturated: at the limits of
     * the signed outputBits-bit word.
     */
    private static double[] snrAndSaturated(MacroConfig cfg, Path results) throws Exception {
        // Output LSB per unit of the ideal sum; results with an ADC range carry fraction bits.
        double perMac = ((1 << cfg.adcBits()) - 1) / ((double) cfg.rows() * cfg.inputMax() * cfg.groupMax())
                * (1 << cfg.outputFractionBits());
        long top = (1L << (cfg.outputBits() - 1)) - 1;
        double idealSquares = 0;
        double errorSquares = 0;
        long saturated = 0;
        int lines = 0;
        for (String line : Files.readAllLines(results)) {
            String[] f = line.trim().split(" ");
            long y = Long.parseLong(f[2]);
            double ideal = Long.parseLong(f[3]) * perMac;
            idealSquares += ideal * ideal;
            errorSquares += (y - ideal) * (y - ideal);
            saturated += y == top || y == -top - 1 ? 1 : 0;
            lines++;
        }
        assertTrue(lines > 0 && errorSquares > 0, results.toString());
        return new double[] {10 * Math.log10(idealSquares / errorSquares), saturated};
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
        // The spread is measured against the nominal corner: 27 C at the node's supply.
        assertTrue(r.out().contains(" over T27C_0.9V); SNR "), r.out());
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
