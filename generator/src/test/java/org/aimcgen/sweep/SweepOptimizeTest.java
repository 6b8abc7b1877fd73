package org.aimcgen.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'aimcgen sweep --optimize' on a small space of the tiny preset, against its whole grid. */
class SweepOptimizeTest {
    /**
     * 64 points, 28 invalid (capGroup 8, tileRows 3): infeasible solutions for NSGA-II. A budget
     * of 320 (4 generations of 80) is what this space needs for the search to reach its whole front.
     */
    private static final String[] SPACE = {"--vary", "precision.capGroup=1,2,4,8", "--vary", "array.tileRows=4,8,16,3",
        "--vary", "adc.bits=5,6,7,8", "--optimize", "--budget", "320", "--seed", "7",
        "--require", "errorRmsPctFs<=0.4"};

    @Test
    void aSeededSearchFindsTheSameFrontTwiceAndNoGridPointDominatesIt(@TempDir Path tmp) throws Exception {
        TestSupport.CliResult a = SweepCliTest.sweep(tmp.resolve("a"), SPACE);
        assertEquals(0, a.exit(), a.err());
        TestSupport.CliResult b = SweepCliTest.sweep(tmp.resolve("b"), SPACE);
        assertEquals(0, b.exit(), b.err());
        String front = Files.readString(tmp.resolve("a/front.csv"));
        assertEquals(front, Files.readString(tmp.resolve("b/front.csv")), "same seed, same front");

        List<Csv.Row> found = Csv.read(tmp.resolve("a/front.csv"));
        List<Csv.Row> grid = Csv.read(tmp.resolve("a/sweep.csv"));
        assertEquals(64, grid.size(), "the small space's grid is estimated for the page");
        assertFalse(found.isEmpty(), "the search found feasible points");
        List<Csv.Row> feasibleGrid = grid.stream()
                .filter(r -> r.valid() && r.number("errorRmsPctFs") <= 0.4).toList();
        for (Csv.Row p : found) {
            assertEquals("valid", p.get("status"));
            assertTrue(p.number("errorRmsPctFs") <= 0.4, "--require holds on the front: " + p.cells());
            for (Csv.Row g : feasibleGrid) {
                assertFalse(Csv.dominates(g, p), "grid point " + g.get("index") + " dominates front point "
                        + p.get("index"));
            }
        }
        String html = Files.readString(tmp.resolve("a/sweep.html"));
        // Blue crosses: each point of the search's front in both plots, plus the legend's sample.
        assertEquals(2 * (found.size() + 1), SweepCliTest.count(html, "stroke:"
                + SweepCliTest.rgb(ParetoCharts.OPTIMIZER_FRONT)), "the search's front marked");
        long gridFront = grid.stream().filter(r -> r.get("pareto").equals("yes")).count();
        assertEquals(2 * (gridFront + 1), SweepCliTest.count(html, "fill:" + SweepCliTest.rgb(ParetoCharts.GRID_FRONT)),
                "the grid's front marked");
        assertTrue(html.contains("seed 7, budget 320"), "the page states the search");
    }

    @Test
    void aSpaceTooLargeForTheGridIsSearchedAndThePageSaysSo(@TempDir Path tmp) throws Exception {
        String seeds = IntStream.rangeClosed(1, 50).mapToObj(Integer::toString).collect(Collectors.joining(","));
        TestSupport.CliResult r = SweepCliTest.sweep(tmp, "--vary", "adc.bits=5,6,7,8", "--vary", "array.tileRows=4,8,16",
                "--vary", "nonideal.seed=" + seeds, "--optimize", "--budget", "40", "-q");
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(tmp.resolve("sweep.csv")), "600 points: the grid is not estimated");
        assertTrue(Files.readString(tmp.resolve("sweep.html")).contains("The grid was not estimated"));
        assertFalse(Csv.read(tmp.resolve("front.csv")).isEmpty());
    }
}
