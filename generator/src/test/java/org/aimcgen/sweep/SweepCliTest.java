package org.aimcgen.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'aimcgen sweep' on the tiny preset: the grid's files, their order and determinism, and bad input. */
class SweepCliTest {
    static final String TINY = TestSupport.repoRoot().resolve("configs/tiny.yaml").toString();
    /** 16 points; capGroup 8 does not divide tiny's 4 weight bits and tileRows 3 does not divide its 16 rows. */
    static final String[] GRID = {"--vary", "precision.capGroup=1,2,4,8", "--vary", "array.tileRows=4,8,16,3"};

    static TestSupport.CliResult sweep(Path out, String... args) {
        List<String> a = new ArrayList<>(List.of("sweep", TINY));
        a.addAll(List.of(args));
        a.addAll(List.of("--out", out.toString()));
        return TestSupport.cli(a.toArray(String[]::new));
    }

    @Test
    void sixteenPointsInGridOrderWithReasonsAndAParetoPage(@TempDir Path tmp) throws Exception {
        TestSupport.CliResult r = sweep(tmp, GRID);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("16 of 16 points, 7 invalid"), r.err());
        List<Csv.Row> rows = Csv.read(tmp.resolve("sweep.csv"));
        assertEquals(16, rows.size());
        int i = 0;
        for (String capGroup : List.of("1", "2", "4", "8")) {
            for (String tileRows : List.of("4", "8", "16", "3")) {
                Csv.Row row = rows.get(i);
                assertEquals(Integer.toString(i), row.get("index"));
                assertEquals(capGroup, row.get("precision.capGroup"));
                assertEquals(tileRows, row.get("array.tileRows"));
                boolean valid = !capGroup.equals("8") && !tileRows.equals("3");
                assertEquals(valid ? "valid" : "invalid", row.get("status"), "point " + i);
                assertEquals(valid, row.get("reason").isEmpty(), "point " + i);
                i++;
            }
        }
        assertTrue(rows.get(3).get("reason").contains("array.tileRows = 3 must divide array.rows = 16"));
        assertTrue(rows.get(12).get("reason").contains("precision.capGroup = 8 must divide precision.weightBits = 4"));
        // The pareto column is the non-dominated set, recomputed here from the CSV's own numbers.
        for (Csv.Row p : rows) {
            boolean dominated = p.valid() && rows.stream().anyMatch(q -> q.valid() && Csv.dominates(q, p));
            assertEquals(p.valid() && !dominated, p.get("pareto").equals("yes"), "point " + p.get("index"));
        }
        // topsPerMm2 is throughput over area.
        Csv.Row v = rows.get(0);
        assertEquals(v.number("throughputTops") / v.number("areaMm2"), v.number("topsPerMm2"),
                1e-5 * v.number("topsPerMm2"));
        String html = Files.readString(tmp.resolve("sweep.html"));
        assertEquals(2, html.split("<svg", -1).length - 1, "two inline plots");
        // Red diamonds: each front point in both plots, plus the legend's sample in each.
        long front = rows.stream().filter(p -> p.get("pareto").equals("yes")).count();
        assertTrue(front > 0);
        assertEquals(2 * (front + 1), count(html, "fill:" + rgb(ParetoCharts.GRID_FRONT)), "front points marked");
        assertTrue(html.contains("red diamonds: the grid&#39;s Pareto front"), "legend in words");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from the network");
        assertTrue(html.contains("array.tileRows = 3 must divide"), "invalid points listed with their reason");
        assertFalse(Files.exists(tmp.resolve("front.csv")), "no search, no front.csv");
    }

    @Test
    void theSameCommandWritesTheSameBytesWhateverTheThreads(@TempDir Path tmp) throws Exception {
        assertEquals(0, sweep(tmp.resolve("a"), concat(GRID, "--jobs", "1", "-q")).exit());
        TestSupport.CliResult r = sweep(tmp.resolve("b"), concat(GRID, "--jobs", "2", "-q"));
        assertEquals(0, r.exit());
        assertEquals("", r.err(), "-q prints nothing");
        for (String f : List.of("sweep.csv", "sweep.html")) {
            assertEquals(Files.readString(tmp.resolve("a").resolve(f)), Files.readString(tmp.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void badInputExitsTwoNamesTheOptionAndWritesNothing(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        String[][] cases = {
            {"--vary", "precision.capGroup"},
            {"--vary", "precision.capGrup=1,2"},
            {"--vary", "array.tileRows=8,x"},
            {"--vary", "adc.bits=6", "--budget", "50"},
            {"--vary", "adc.bits=6", "--optimize", "--require", "error<=1"},
            {"--vary", "adc.bits=6", "--jobs", "0"},
            {"--vary", "adc.bits=6", "--set", "array.tileRows=3"},
        };
        String[] expected = {"--vary precision.capGroup: must be KEY=V1,V2,...", "unknown key precision.capGrup",
            "x is not a value of array.tileRows", "--budget 50: applies to --optimize only",
            "--require error<=1: error is not a figure", "--jobs: 0 is out of range; allowed: 1 to 256",
            "array.tileRows = 3 must divide array.rows = 16"};
        for (int k = 0; k < cases.length; k++) {
            TestSupport.CliResult r = sweep(out, cases[k]);
            assertEquals(2, r.exit(), String.join(" ", cases[k]) + "\n" + r.err());
            assertTrue(r.err().contains(expected[k]), r.err());
            assertTrue(r.err().contains("nothing was written"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(out), "nothing may be written: " + String.join(" ", cases[k]));
        }
        TestSupport.CliResult missing = TestSupport.cli("sweep", TINY, "--out", out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--vary"), missing.err());
    }

    static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    static String[] concat(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(String[]::new);
    }
}
