package org.aimcgen.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --executor on sweep and simulate: local is the default; slurm without Slurm's client or without a controller
 * answering, unknown names and Slurm options without slurm are bad input. (The Slurm client comes from
 * scripts/install-tools; the real cluster is scripts/slurm-test's.)
 */
class SweepExecutorTest {

    @Test
    void slurmWithoutSbatchExitsTwoWritingNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path empty = Files.createDirectories(tmp.resolve("bin"));
        TestSupport.CliResult r = TestSupport.cliProcess(Map.of("PATH", empty.toString()), "sweep",
                SweepCliTest.TINY, "--vary", "precision.capGroup=1,2", "--executor", "slurm", "--out", out.toString(),
                "--work", tmp.resolve("work").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor slurm: Slurm was not found (no sbatch, squeue or scontrol on the "
                + "PATH), so nothing was submitted"), r.err());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(tmp.resolve("work")), "nothing written");
    }

    @Test
    void simulateSlurmWithoutSbatchExitsTwo(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        Path empty = Files.createDirectories(tmp.resolve("bin"));
        TestSupport.CliResult r = TestSupport.cliProcess(Map.of("PATH", empty.toString()), "simulate",
                SweepCliTest.TINY, "--mc", "3", "--executor", "slurm", "--work", work.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor slurm: Slurm was not found"), r.err());
        assertFalse(Files.exists(work), "nothing written");
    }

    /** sbatch is there but no controller answers on the configured port: exit 2, nothing written or submitted. */
    @Test
    void slurmWithoutAControllerExitsTwo(@TempDir Path tmp) throws Exception {
        Path conf = tmp.resolve("slurm.conf");
        Files.writeString(conf, "ClusterName=nobody\nSlurmctldHost=localhost(127.0.0.1)\nSlurmctldPort="
                + closedPort() + "\nNodeName=n0 CPUs=1 State=UNKNOWN\nPartitionName=p Nodes=n0 Default=YES\n");
        Path out = tmp.resolve("out");
        Path work = tmp.resolve("work");
        TestSupport.CliResult r = TestSupport.cliProcess(Map.of("SLURM_CONF", conf.toString()), "sweep",
                SweepCliTest.TINY, "--vary", "precision.capGroup=1,2", "--executor", "slurm", "--out", out.toString(),
                "--work", work.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor slurm: no Slurm controller is answering (scontrol ping: "), r.err());
        assertTrue(r.err().contains("check SLURM_CONF (" + conf + ")"), r.err());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(work), "nothing written");
    }

    @Test
    void slurmOptionsWithoutSlurmAreBadInput(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        TestSupport.CliResult r = SweepCliTest.sweep(out, "--vary", "precision.capGroup=1,2", "--partition", "cpu");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("apply to --executor slurm only"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    /** Checked with the rest, whether or not a controller answers: every problem in one round. */
    @Test
    void optimizeAndAResubmitWithoutAnEarlierRunAreRefusedForSlurm(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Path work = tmp.resolve("work");
        TestSupport.CliResult r = SweepCliTest.sweep(out, "--vary", "precision.capGroup=1,2", "--executor", "slurm",
                "--optimize", "--resubmit-failed", "--work", work.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--executor slurm: NSGA-II's estimates take milliseconds each and run on this "
                + "machine"), r.err());
        assertTrue(r.err().contains("--resubmit-failed: no earlier Slurm run in " + work.resolve("slurm")), r.err());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(work), "nothing written");
    }

    /** A loopback port nothing listens on (bound, then released). */
    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
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
