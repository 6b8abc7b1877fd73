package org.aimcgen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site file's slurm: section and the options over it. */
class SlurmOptionsTest {

    @Test
    void aSiteFileIsReadAsText(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("site.yaml");
        Files.writeString(f, """
                # a site's own keys live beside the section
                license: {server: flexlm}
                slurm:
                  partition: cpu
                  account: chipteam
                  time: 1:30:00
                  mem: 4G
                  cpusPerTask: 2
                  sbatchArgs: [--qos=normal]
                  workDir: shared/aimcgen
                """);
        SlurmOptions o = SlurmOptions.load(f);
        // YAML 1.1 would read 1:30:00 as the number 5400: the section is read as text.
        assertEquals("1:30:00", o.time());
        assertEquals(2, o.cpusPerTask());
        assertEquals(tmp.resolve("shared/aimcgen"), o.workDir());
        assertEquals(List.of("--partition=cpu", "--account=chipteam", "--time=1:30:00", "--mem=4G",
                "--cpus-per-task=2", "--qos=normal"), o.sbatchLines());
    }

    @Test
    void optionsWinOverTheSiteFile() {
        SlurmOptions site = new SlurmOptions("cpu", "chipteam", "60", "4G", 2, List.of("--qos=low"), Path.of("/s"));
        SlurmOptions mine = new SlurmOptions("gpu", null, null, "8G", null, List.of(), null);
        SlurmOptions o = mine.over(site);
        assertEquals(new SlurmOptions("gpu", "chipteam", "60", "8G", 2, List.of("--qos=low"), Path.of("/s")), o);
    }

    @Test
    void everyBadKeyIsNamedWithWhatIsAllowed(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("site.yaml");
        Files.writeString(f, """
                slurm:
                  partiton: cpu
                  time: soon
                  mem: lots
                  cpusPerTask: two
                  sbatchArgs: [--array=0-3, "--qos normal"]
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> SlurmOptions.load(f));
        String all = String.join("\n", e.problems());
        assertEquals(6, e.problems().size(), all);
        assertTrue(all.contains(f + ": slurm.partiton: not a key of the slurm section; allowed: partition, "
                + "account, time, mem, cpusPerTask, sbatchArgs, workDir"), all);
        assertTrue(all.contains("slurm.time: 'soon' is not allowed; allowed: minutes, MM:SS, HH:MM:SS"), all);
        assertTrue(all.contains("slurm.mem: 'lots' is not allowed"), all);
        assertTrue(all.contains("slurm.cpusPerTask: 'two' is not a whole number; allowed: 1 to 1024"), all);
        assertTrue(all.contains("slurm.sbatchArgs: '--array=0-3' is set by aimcgen itself"), all);
        assertTrue(all.contains("slurm.sbatchArgs: '--qos normal' is not an sbatch option"), all);
    }

    @Test
    void aFileWithoutTheSectionIsNamed(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("site.yaml");
        Files.writeString(f, "queue: cpu\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SlurmOptions.load(f));
        assertEquals(List.of("--slurm-config " + f + ": has no slurm: section; allowed keys in it: partition, "
                + "account, time, mem, cpusPerTask, sbatchArgs, workDir"), e.problems());
    }
}
