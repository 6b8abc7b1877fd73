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
        assertTrue(run("simulate", "--help").out().contains("% of full scale"));
    }
}
