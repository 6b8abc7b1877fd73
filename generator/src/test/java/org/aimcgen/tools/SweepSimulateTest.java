package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * 'aimcgen sweep --simulate': two points of the tiny preset through the simulate flow. Icarus
 * here (seconds to build; the Verilator default takes about 15 s a point), the same flow.
 */
class SweepSimulateTest {
    @Test
    void simulatedColumnsMatchTheModelOnBothPoints() throws Exception {
        Path out = TestSupport.workDir("sweep-simulate");
        String tiny = TestSupport.repoRoot().resolve("configs/tiny.yaml").toString();
        TestSupport.CliResult r = TestSupport.cli("sweep", tiny, "--vary", "array.tileRows=8,16", "--simulate", "3",
                "--sim", "icarus", "--out", out.resolve("out").toString(), "--work", out.resolve("work").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("out/sweep.csv"));
        assertEquals(3, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, 3)) {
            List<String> cells = List.of(line.split(",", -1));
            assertEquals("3", cells.get(header.indexOf("simVmms")));
            assertEquals("0", cells.get(header.indexOf("simMismatches")), "the bench agrees with the model");
            // The estimate's error comes from the model over 3 VMMs of the same stimulus seed
            // (Datasheet QUICK), so the Verilog bench's must equal it.
            assertEquals(cells.get(header.indexOf("errorRmsPctFs")), cells.get(header.indexOf("simErrorRmsPctFs")));
            assertEquals(cells.get(header.indexOf("snrDb")), cells.get(header.indexOf("simSnrDb")));
        }
        assertTrue(Files.exists(out.resolve("work/p1")), "each point in its own work folder");
    }
}
