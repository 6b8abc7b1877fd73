package org.aimcgen.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --executor on sweep and simulate: local is the default, slurm without Slurm and unknown names are bad input. */
class SweepExecutorTest {

    static boolean sbatchOnPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d.isEmpty() ? "." : d, "sbatch")));
    }

    @Test
    void slurmWithoutSbatchExitsTwoWritingNothing(@TempDir Path tmp) {
        assumeFalse(sbatchOnPath(), "sbatch is on the PATH");
        Path out = tmp.resolve("out");
        TestSupport.CliResult r = SweepCliTest.sweep(out, "--vary", "precision.capGroup=1,2", "--executor", "slurm");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor slurm: Slurm was not found (no sbatch on the PATH), so nothing "
                + "was submitted"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void simulateSlurmWithoutSbatchExitsTwo(@TempDir Path tmp) {
        assumeFalse(sbatchOnPath(), "sbatch is on the PATH");
        Path work = tmp.resolve("work");
        TestSupport.CliResult r = TestSupport.cli("simulate", SweepCliTest.TINY, "--mc", "3", "--executor", "slurm",
                "--work", work.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor slurm: Slurm was not found"), r.err());
        assertFalse(Files.exists(work), "nothing written");
    }

    @Test
    void anUnknownExecutorExitsTwo(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        TestSupport.CliResult r = SweepCliTest.sweep(out, "--vary", "precision.capGroup=1,2", "--executor", "pbs");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor: 'pbs' is not an executor; allowed: local, slurm"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void localIsAcceptedByName(@TempDir Path tmp) throws Exception {
        TestSupport.CliResult r = SweepCliTest.sweep(tmp, "--vary", "precision.capGroup=1,2", "--executor", "local",
                "--jobs", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("2 of 2 points, 0 invalid"), r.err());
        assertEquals(2, Csv.read(tmp.resolve("sweep.csv")).size());
    }
}
