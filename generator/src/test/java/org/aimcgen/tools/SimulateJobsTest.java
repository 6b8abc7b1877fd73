package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;

/** simulate --jobs: Monte Carlo runs side by side on the local executor give the serial run's table. */
class SimulateJobsTest {
    private static final String TINY = TestSupport.repoRoot().resolve("configs/tiny.yaml").toString();

    /** The table's rows without the last column (VMM/s, a speed, not a result). */
    private static List<String> rows(String out) {
        return out.lines().filter(l -> l.startsWith("seed")).map(l -> l.replaceAll("\\s+\\S+\\s*$", "")).toList();
    }

    @Test
    void twoJobsGiveTheSerialRunsResultsInTheSameOrder() throws Exception {
        Path work1 = TestSupport.workDir("simulate-jobs-1");
        Path work2 = TestSupport.workDir("simulate-jobs-2");
        TestSupport.CliResult serial = TestSupport.cli("simulate", TINY, "--sim", "icarus", "--vmms", "2", "--mc", "3",
                "--work", work1.toString(), "--jobs", "1");
        TestSupport.CliResult parallel = TestSupport.cli("simulate", TINY, "--sim", "icarus", "--vmms", "2", "--mc",
                "3", "--work", work2.toString(), "--jobs", "2");
        assertEquals(0, serial.exit(), serial.err());
        assertEquals(0, parallel.exit(), parallel.err());
        List<String> rows = rows(serial.out());
        assertEquals(3, rows.size(), serial.out());
        assertEquals(rows, rows(parallel.out()));
        // simulate.csv: a header and the same three runs, byte for byte, however many ran at once.
        List<String> csv = Files.readAllLines(work1.resolve("simulate.csv"));
        assertEquals(4, csv.size(), String.join("\n", csv));
        assertEquals(List.of("seed1", "seed2", "seed3"), csv.subList(1, 4).stream().map(l -> l.split(",")[0]).toList());
        assertEquals(Files.readString(work1.resolve("simulate.csv")), Files.readString(work2.resolve("simulate.csv")));
        // Progress counts the runs and says when the last is done.
        assertTrue(parallel.err().contains("(3 of 3, done)"), parallel.err());
    }

    @Test
    void jobsOutOfRangeIsBadInputAndWritesNothing() throws Exception {
        Path work = TestSupport.workDir("simulate-jobs-0").resolve("never");
        TestSupport.CliResult r = TestSupport.cli("simulate", TINY, "--mc", "2", "--jobs", "0", "--work",
                work.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--jobs: 0 is out of range"), r.err());
        assertFalse(Files.exists(work), "a bad --jobs wrote " + work);
    }
}
