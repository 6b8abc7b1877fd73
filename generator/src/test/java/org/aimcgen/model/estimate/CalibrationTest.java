package org.aimcgen.model.estimate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The presets built after AiDAC and PICO-RAM against the papers, and CALIBRATION.md's copy of the table. */
class CalibrationTest {
    private static List<Calibration.Row> rows;

    @BeforeAll
    static void estimate() {
        rows = Calibration.rows();
    }

    private static Calibration.Row row(String macro, String figure) {
        return rows.stream().filter(r -> r.macro().equals(macro) && r.figure().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no calibration row " + macro + " / " + figure));
    }

    @Test
    void aidacMeetsThePaper() {
        for (String figure : List.of("throughput", "latency per VMM", "energy efficiency",
                "computing error (RMS, % FS)", "computing error (max, % FS)")) {
            Calibration.Row r = row("AiDAC", figure);
            assertTrue(r.meets(), () -> "AiDAC " + figure + ": model " + r.model() + " " + r.unit() + ", paper "
                    + r.paper() + ", target " + r.target());
        }
        // The paper's own check: 1024 x 256 MACs x 2 ops per 20 ns is 26.2 TOPS.
        assertTrue(row("AiDAC", "latency per VMM").model() < 20.0);
    }

    @Test
    void picoRamDensityMeetsThePaper() {
        Calibration.Row r = row("PICO-RAM", "weight density");
        assertTrue(r.meets(), () -> "PICO-RAM density: model " + r.model() + " Kb/mm2, paper 559");
    }

    @Test
    void everyTargetIsMet() {
        for (Calibration.Row r : rows) {
            assertTrue(r.meets(), () -> r.macro() + " " + r.figure() + " misses its target " + r.target());
        }
    }

    @Test
    void calibrationDocumentShowsTheCurrentTable() throws Exception {
        String doc = Files.readString(Path.of("docs/CALIBRATION.md"));
        String table = Calibration.markdown(rows);
        assertTrue(doc.contains(table), "docs/CALIBRATION.md does not show the current table; it is:\n" + table);
    }
}
