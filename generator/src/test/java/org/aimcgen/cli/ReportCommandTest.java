package org.aimcgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.VmmRun;
import org.aimcgen.model.estimate.Datasheet;
import org.junit.jupiter.api.Test;

/**
 * 'aimcgen report' on the tiny preset: the two files, the same bytes from the same options,
 * the JSON's keys (read back with Jackson) and bad input (exit 2, nothing written).
 */
class ReportCommandTest {
    private static final String TINY = TestSupport.repoRoot().resolve("configs/tiny.yaml").toString();
    /** What the issue asks the JSON to carry, besides the breakdowns. */
    static final List<String> REQUIRED_KEYS = List.of("throughputTops", "efficiencyTopsPerW", "latencyNsPerVmm",
            "energyPjPerVmm", "areaMm2", "densityKbPerMm2", "errorRmsPctFs", "errorMaxPctFs", "snrDb",
            "adcGatedFraction");

    private static TestSupport.CliResult report(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", TINY, "--out", out.toString(), "--seeds",
                "2", "--vmms", "2"));
        args.addAll(List.of(more));
        return TestSupport.cli(args.toArray(String[]::new));
    }

    @Test
    void theSameOptionsWriteTheSameBytes() throws Exception {
        Path a = TestSupport.workDir("report-a");
        Path b = TestSupport.workDir("report-b");
        TestSupport.CliResult ra = report(a);
        TestSupport.CliResult rb = report(b, "-q");
        assertEquals(0, ra.exit(), ra.err());
        assertEquals(0, rb.exit(), rb.err());
        Path json = a.resolve("tiny/datasheet.json");
        Path html = a.resolve("tiny/datasheet.html");
        Path accelergy = a.resolve("tiny/accelergy.yaml");
        // The paths on stdout, progress on stderr (none with -q).
        assertEquals(json + "\n" + html + "\n" + accelergy + "\n", ra.out());
        assertTrue(ra.err().contains("aimcgen: datasheet of tiny"), ra.err());
        assertEquals("", rb.err());
        for (String f : List.of("datasheet.json", "datasheet.html", "accelergy.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve("tiny").resolve(f)),
                    Files.readAllBytes(b.resolve("tiny").resolve(f)), f + " differs between two runs");
        }
        // datasheet.json is exactly the datasheet's JSON, accelergy.yaml its Accelergy tables.
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Datasheet ds = Datasheet.of(cfg, new Datasheet.Options(2, 2, true, VmmRun.DEFAULT_STIMULUS_SEED));
        assertEquals(ds.json(), Files.readString(json));
        assertEquals(org.aimcgen.model.estimate.AccelergyTable.yaml(ds), Files.readString(accelergy));
        // Another option, another page: the run is not a cached copy.
        Path c = TestSupport.workDir("report-c");
        assertEquals(0, report(c, "--no-corners", "-q").exit());
        assertFalse(Files.readString(c.resolve("tiny/datasheet.html")).equals(Files.readString(html)));
    }

    @Test
    void theJsonHasEveryFigureAndTheConfiguration() throws Exception {
        Path out = TestSupport.workDir("report-json");
        assertEquals(0, report(out, "-q").exit());
        JsonNode root = new ObjectMapper().readTree(out.resolve("tiny/datasheet.json").toFile());
        for (String key : REQUIRED_KEYS) {
            assertTrue(root.has(key), "missing " + key);
            assertTrue(root.get(key).isNumber(), key + " is not a number: " + root.get(key));
        }
        double gated = root.get("adcGatedFraction").asDouble();
        assertTrue(gated >= 0 && gated <= 1, "a fraction: " + gated);
        // The resolved configuration: every key with the value the loader resolved.
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        JsonNode conf = root.get("configuration");
        for (Map.Entry<String, Object> e : cfg.byKey().entrySet()) {
            assertTrue(conf.has(e.getKey()), "configuration lacks " + e.getKey());
            assertEquals(String.valueOf(e.getValue()), conf.get(e.getKey()).asText(), e.getKey());
        }
        assertEquals(Datasheet.ERROR_PCT_FS_DEFINITION, root.get("errorDefinitions").get("errorPctFs").asText());
        assertEquals(Datasheet.SNR_DEFINITION, root.get("errorDefinitions").get("snrDb").asText());
        // Throughput is 2 rows cols per latency, whatever the calibration.
        double tops = 2.0 * cfg.rows() * cfg.cols() / (root.get("latencyNsPerVmm").asDouble() * 1e-9) / 1e12;
        assertEquals(tops, root.get("throughputTops").asDouble(), 1e-9 * tops);
    }

    @Test
    void badInputNamesTheParameterAndWritesNothing() throws Exception {
        Path out = TestSupport.workDir("report-bad");
        Path target = out.resolve("reports");
        String[][] cases = {
            {"--seeds", "0"}, {"--vmms", "100000"}, {"--set", "array.rows=3"}, {"--set", "array.rowz=16"},
        };
        String[] expected = {
            "--seeds: 0 is out of range; allowed: 1 to " + ReportCommand.MAX_SEEDS,
            "--vmms: 100000 is out of range; allowed: 1 to " + ReportCommand.MAX_VMMS,
            "array.rows", "array.rowz",
        };
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new java.util.ArrayList<>(List.of("report", TINY, "--out", target.toString()));
            args.addAll(List.of(cases[i]));
            TestSupport.CliResult r = TestSupport.cli(args.toArray(String[]::new));
            assertEquals(Main.EXIT_BAD_INPUT, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("aimcgen: error: ") && r.err().contains(expected[i]), r.err());
            assertTrue(r.err().contains("nothing was written"), r.err());
            assertFalse(Files.exists(target), "written for " + String.join(" ", cases[i]));
        }
        // A file where the output folder goes.
        Path file = out.resolve("a-file");
        Files.writeString(file, "x");
        TestSupport.CliResult r = TestSupport.cli("report", TINY, "--out", file.toString());
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--out " + file) && r.err().contains("is a file, not a folder"), r.err());
        assertEquals("x", Files.readString(file));
    }
}
