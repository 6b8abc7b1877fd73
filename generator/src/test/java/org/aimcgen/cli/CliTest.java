package org.aimcgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        TestSupport.CliResult r = TestSupport.cli(args);
        return new Result(r.exit(), r.out(), r.err());
    }

    private static String tiny() {
        return TestSupport.repoRoot().resolve("configs/tiny.yaml").toString();
    }

    @Test
    void generateWritesTheMacro(@TempDir Path tmp) {
        Result r = run("generate", tiny(), "--out", tmp.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(tmp.resolve("rtl-out/tiny/tiny_sequencer.v")));
        assertEquals("", r.err(), "--quiet prints nothing");
    }

    @Test
    void badValueExitsTwoNamesTheKeyAndWritesNothing(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Result r = run("generate", tiny(), "--set", "array.tileRows=3", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("array.tileRows = 3 must divide array.rows = 16"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for a user error");
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void badZeroFractionBitsExitTwoWithOneLine(@TempDir Path tmp) {
        Result r = run("validate", tiny(), "--set", "adc.zeroFractionBits=7");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("adc.zeroFractionBits = 7 must be an integer in 0..6"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for a user error");
    }

    @Test
    void badInputLeavesAnExistingMacroUntouched(@TempDir Path tmp) throws Exception {
        assertEquals(0, run("generate", tiny(), "--out", tmp.toString(), "-q").exit());
        Path v = tmp.resolve("rtl-out/tiny/tiny_sequencer.v");
        String before = Files.readString(v);
        Result r = run("generate", tiny(), "--set", "precision.inputBits=12", "--out", tmp.toString());
        assertEquals(2, r.exit());
        assertEquals(before, Files.readString(v));
    }

    /** The default preset's name is not carried to another geometry by any command. */
    @Test
    void aNewGeometryOfANamedPresetNeedsAName(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Result r = run("generate", "--set", "array.rows=4096", "--set", "array.cols=1024", "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("aimcgen: error: --set array.rows=4096 --set array.cols=1024 change the geometry "
                + "of configs/aidac-1024x256.yaml, whose macro.name is aidac_1024x256: add --set macro.name=NAME, "
                + "or --set macro.name=derived for aimc_r4096_c1024_i8w8g4"), r.err());
        assertTrue(r.err().contains("aimcgen: nothing was written."), r.err());
        assertFalse(Files.exists(out), "nothing may be written");
        assertEquals(2, run("validate", tiny(), "--set", "array.rows=32").exit());
        Path work = tmp.resolve("work");
        Result sim = run("simulate", tiny(), "--set", "precision.inputBits=2", "--work", work.toString());
        assertEquals(2, sim.exit(), sim.err());
        assertTrue(sim.err().contains("changes the geometry of " + tiny()), sim.err());
        assertFalse(Files.exists(work));
        Result named = run("validate", tiny(), "--set", "array.rows=32", "--set", "macro.name=derived");
        assertEquals(0, named.exit(), named.err());
        assertTrue(named.out().contains("aimc_r32_c4_i4w4g2"), named.out());
    }

    // ---- bad files and folders: refused before any work, exit 2, nothing written --------

    private static void assertRefused(Result r, Path out, String message) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("aimcgen: error: " + message), r.err());
        assertTrue(r.err().endsWith("aimcgen: nothing was written.\n"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void aConfigurationThatIsNotUtf8IsNamedWithTheByteOffset(@TempDir Path tmp) throws Exception {
        Path yaml = tmp.resolve("latin1.yaml");
        Files.write(yaml, "macro:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path out = tmp.resolve("out");
        assertRefused(run("generate", yaml.toString(), "--out", out.toString()), out, "configuration file " + yaml
                + " is not UTF-8 text: byte 0xe9 at offset 18 (line 2) is not valid UTF-8; save it as UTF-8");
        Files.write(yaml, "macro:\n  name: t\n".getBytes(StandardCharsets.UTF_16));
        assertRefused(run("generate", yaml.toString(), "--out", out.toString()), out, "configuration file " + yaml
                + " is not UTF-8 text: it starts with a UTF-16 byte-order mark");
    }

    @Test
    void aConfigurationThatIsAFolderIsNamed(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("configs.yaml"));
        Path out = tmp.resolve("out");
        assertRefused(run("generate", dir.toString(), "--out", out.toString()), out,
                "configuration file " + dir + " is a folder; name a YAML file");
    }

    /** A huge one-line file is refused by its size, before SnakeYAML (whose time grows with its square) reads it. */
    @Test
    void aConfigurationLargerThanTheLimitIsRefusedByItsSize(@TempDir Path tmp) throws Exception {
        Path yaml = tmp.resolve("long.yaml");
        int size = 20 << 20;
        Files.write(yaml, "x".repeat(size).getBytes(StandardCharsets.US_ASCII));
        Path out = tmp.resolve("out");
        assertRefused(run("generate", yaml.toString(), "--out", out.toString()), out, "configuration file " + yaml
                + " is " + size + " bytes: a configuration is at most " + org.aimcgen.config.ConfigLoader.MAX_CONFIG_BYTES
                + " bytes");
    }

    @Test
    void anOutputRootThatIsAFileIsRefusedBeforeGenerating(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        Result r = run("generate", tiny(), "--out", file.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("aimcgen: error: --out " + file + ": " + file + " is a file, not a folder; name a "
                + "folder (it is created if missing)"), r.err());
        assertFalse(r.err().contains("generating"), "refused before any work: " + r.err());
        assertEquals("keep me", Files.readString(file));
        Path under = file.resolve("out");
        assertRefused(run("generate", tiny(), "--out", under.toString()), under,
                "--out " + under + ": " + file + " is a file, not a folder");
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no staging folder or other file beside it");
        }
    }

    @Test
    void aFileWhereGenerateWritesAFolderIsRefused(@TempDir Path tmp) throws Exception {
        Path sim = Files.writeString(tmp.resolve("sim"), "");
        Result r = run("generate", tiny(), "--out", tmp.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(sim + " is a file where a folder goes"), r.err());
        assertFalse(Files.exists(tmp.resolve("rtl-out")), "nothing written");
    }

    @Test
    void aWorkFolderThatIsAFileIsRefusedBeforeSimulating(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("work"), "");
        Result r = run("simulate", tiny(), "--work", file.toString(), "--vmms", "1");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("aimcgen: error: --work " + file + ": " + file + " is a file, not a folder"),
                r.err());
        assertEquals(0, Files.size(file));
        Path work = Files.createDirectory(tmp.resolve("w"));
        Files.writeString(work.resolve("nominal"), "");
        Result taken = run("simulate", tiny(), "--work", work.toString(), "--vmms", "1");
        assertEquals(2, taken.exit(), taken.err());
        assertTrue(taken.err().contains(work.resolve("nominal") + " is a file where a folder goes"), taken.err());
        Result both = run("simulate", tiny(), "--work", file.toString(), "--vmms", "0", "--set", "array.tileRows=3");
        assertEquals(3, both.err().lines().filter(l -> l.startsWith("aimcgen: error: ")).count(),
                "every problem in one round: " + both.err());
    }

    @Test
    void anOutputRootThatCannotBeCreatedIsRefused(@TempDir Path tmp) throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "running as root: every folder is writable");
            Path out = locked.resolve("out");
            assertRefused(run("generate", tiny(), "--out", out.toString()), out,
                    "--out " + out + ": cannot create folders in " + locked + " (not writable)");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void typoInAKeyExitsTwoWithASuggestion(@TempDir Path tmp) {
        Result r = run("generate", tiny(), "--set", "array.colls=4", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown key array.colls (did you mean array.cols?)"), r.err());
    }

    @Test
    void missingConfigFileExitsTwo(@TempDir Path tmp) {
        Result r = run("validate", tmp.resolve("nope.yaml").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.yaml does not exist"), r.err());
    }

    @Test
    void unknownOptionExitsTwo() {
        Result r = run("generate", "--frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void validatePrintsTheResolvedConfiguration() {
        Result r = run("validate", tiny());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("array.tileRows"), r.out());
        assertTrue(r.out().contains("2 tiles of 8 rows"), r.out());
    }

    @Test
    void helpListsEveryKeyAndVersionAnswers() {
        Result help = run("generate", "--help");
        assertEquals(0, help.exit());
        for (var p : org.aimcgen.config.Param.values()) {
            assertTrue(help.out().contains(p.key()), p.key());
        }
        Result version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("aimcgen "), version.out());
    }

    /** Every command's help renders cleanly: picocli warns (and prints raw text) on a stray %. */
    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        for (String command : new String[] {"generate", "validate", "simulate"}) {
            Result help = run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertFalse(help.err().contains("WARN") || help.out().contains("WARN"), command + ": " + help.err());
            assertFalse(help.out().contains("%n"), command + ": unformatted help");
        }
        String simulateHelp = run("simulate", "--help").out();
        assertTrue(simulateHelp.contains("% of full scale"), simulateHelp);
        assertTrue(simulateHelp.contains("SNR in dB"), simulateHelp);
    }
}
