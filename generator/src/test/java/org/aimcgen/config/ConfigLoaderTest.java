package org.aimcgen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    private static MacroConfig parse(String yaml, String... sets) {
        return ConfigLoader.parse(yaml, "test.yaml", List.of(sets));
    }

    private static List<String> problems(String yaml, String... sets) {
        return assertThrows(ConfigException.class, () -> parse(yaml, sets)).problems();
    }

    @Test
    void emptyConfigurationTakesDefaultsAndDerivedValues() {
        MacroConfig c = parse("");
        assertEquals(1024, c.rows());
        assertEquals(256, c.cols());
        assertEquals(128, c.tileRows(), "largest divisor of 1024 up to 128");
        assertEquals(4, c.capGroup(), "largest divisor of 8 up to 4");
        assertEquals("aimc_r1024_c256_i8w8g4", c.name());
        assertEquals(8, c.tiles());
        assertEquals(2, c.groups());
    }

    @Test
    void derivedTileRowsOfAnOddRowCount() {
        MacroConfig c = parse("array: {rows: 300}");
        assertEquals(100, c.tileRows());
        assertEquals(3, c.tiles());
        // 131 one-row tiles: their converter delays need a 9-bit ADC's counter (8 bits are refused, see RangeTest).
        MacroConfig prime = parse("array: {rows: 131}\nadc: {bits: 9}");
        assertEquals(1, prime.tileRows(), "a prime row count above 128 has only 1 as a divisor up to 128");
    }

    @Test
    void derivedCapGroupOfOddWeightWidths() {
        assertEquals(3, parse("precision: {weightBits: 6}").capGroup());
        assertEquals(1, parse("precision: {weightBits: 7}").capGroup());
        assertEquals(2, parse("precision: {weightBits: 2}").capGroup());
    }

    /** A wide reference column (its sharing mismatch over sqrt(W)) where the ADC range multiplies it. */
    @Test
    void derivedReferenceColumnsFollowTheRange() {
        MacroConfig ranged = parse("");
        assertTrue(ranged.rangeShift() > 0);
        assertEquals(16, ranged.referenceColumns());
        assertEquals(1, parse("", "adc.rangeShift=0").referenceColumns());
        assertEquals(1, parse("precision: {signedWeights: false}").referenceColumns(), "no range without a pedestal");
        assertEquals(5, parse("", "array.referenceColumns=5").referenceColumns(), "any width, not only powers of two");
    }

    @Test
    void setOverridesTheFile() {
        MacroConfig c = parse("array:\n  rows: 64\n  cols: 8\n", "array.rows=32", "technology.vdd=1.1");
        assertEquals(32, c.rows());
        assertEquals(8, c.cols());
        assertEquals(1.1, c.vdd());
    }

    @Test
    void everyPresetLoads() throws Exception {
        for (String preset : TestSupport.presetFiles()) {
            MacroConfig c = TestSupport.preset(preset);
            assertTrue(c.rows() % c.tileRows() == 0, preset);
        }
        assertEquals("aidac_1024x256", TestSupport.preset("aidac-1024x256.yaml").name());
        assertEquals("65nm", TestSupport.preset("picoram-4b.yaml").node());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "array.rows           | 1     | array.rows = 1 must be an integer in 2..8192",
        "array.rows           | 9000  | array.rows = 9000 must be an integer in 2..8192",
        "array.rows           | abc   | array.rows = abc must be an integer in 2..8192",
        "array.rows           | 12.5  | array.rows = 12.5 must be an integer",
        "array.cols           | 0     | array.cols = 0 must be an integer in 1..4096",
        "array.referenceColumns | 0  | array.referenceColumns = 0 must be an integer in 1..64",
        "array.referenceColumns | 65 | array.referenceColumns = 65 must be an integer in 1..64",
        "precision.inputBits  | 9     | precision.inputBits = 9 must be an integer in 1..8",
        "precision.inputBits  | 0     | precision.inputBits = 0 must be an integer in 1..8",
        "precision.weightBits | 9     | precision.weightBits = 9 must be an integer in 1..8",
        "precision.signedWeights | yes | precision.signedWeights = yes must be true or false",
        "adc.bits             | 3     | adc.bits = 3 must be an integer in 4..12",
        "adc.zeroFractionBits | 7     | adc.zeroFractionBits = 7 must be an integer in 0..6",
        "adc.zeroFractionBits | -1    | adc.zeroFractionBits = -1 must be an integer in 0..6",
        "timing.clockMHz      | 0     | timing.clockMHz = 0 must be a number in 1..2000 MHz",
        "timing.clockMHz      | fast  | timing.clockMHz = fast must be a number in 1..2000 MHz",
        "technology.node      | 7nm   | technology.node = 7nm must be one of 22nm, 28nm",
        "technology.vdd       | 3.3   | technology.vdd = 3.3 must be a number in 0.5..2 V",
        "technology.tempC     | -60   | technology.tempC = -60 must be a number in -55..150 degC",
        "technology.unitCapFf | 0     | technology.unitCapFf = 0 must be a number in 0.1..50 fF",
        "nonideal.capMismatchPct | 6  | nonideal.capMismatchPct = 6 must be a number in 0..5 %",
        "nonideal.comparatorOffsetMv | -1 | nonideal.comparatorOffsetMv = -1 must be a number in 0..50 mV",
        "nonideal.seed        | -1    | nonideal.seed = -1 must be an integer in 0..2147483647",
        "macro.name           | 9lives | macro.name = 9lives must be a Verilog identifier",
        "timing.clockMHz      | NaN   | timing.clockMHz = NaN must be a number",
    })
    void outOfRangeOrMistypedValuesAreNamed(String key, String value, String message) {
        List<String> p = problems("", key + "=" + value);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains(message), p.get(0));
    }

    @Test
    void tileRowsMustDivideRows() {
        List<String> p = problems("array:\n  rows: 1024\n  tileRows: 100\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("array.tileRows = 100 must divide array.rows = 1024"), p.get(0));
    }

    @Test
    void tileRowsLargerThanRowsIsRejected() {
        List<String> p = problems("array: {rows: 64, tileRows: 128}");
        assertTrue(p.get(0).startsWith("array.tileRows = 128 must divide array.rows = 64"), p.get(0));
    }

    @Test
    void capGroupMustDivideWeightBits() {
        List<String> p = problems("precision: {weightBits: 8, capGroup: 3}");
        assertEquals("precision.capGroup = 3 must divide precision.weightBits = 8 (allowed: 1, 2, 4, 8)", p.get(0));
    }

    @Test
    void signedWeightsNeedTwoBits() {
        List<String> p = problems("precision: {weightBits: 1, capGroup: 1}");
        assertTrue(p.get(0).contains("precision.weightBits = 1 must be at least 2 when precision.signedWeights = true"));
        MacroConfig unsigned = parse("precision: {weightBits: 1, signedWeights: false}");
        assertEquals(1, unsigned.capGroup());
    }

    @Test
    void unknownKeyNamesItsLineAndSuggests() {
        List<String> p = problems("array:\n  rows: 64\n  rowz: 12\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("test.yaml:3: unknown key array.rowz (did you mean array.rows?)"), p.get(0));
    }

    @Test
    void unknownSetKeyIsNamed() {
        List<String> p = problems("", "adc.bitz=8");
        assertTrue(p.get(0).startsWith("--set: unknown key adc.bitz (did you mean adc.bits?)"), p.get(0));
    }

    @Test
    void setWithoutEqualsIsRejected() {
        List<String> p = problems("", "array.rows");
        assertTrue(p.get(0).contains("must be KEY=VALUE"), p.get(0));
    }

    @Test
    void malformedYamlNamesTheLine() {
        List<String> p = problems("array:\n  rows: 64\n  cols: [8\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("test.yaml:"), p.get(0));
        assertTrue(p.get(0).contains("malformed YAML"), p.get(0));
    }

    @Test
    void sectionMustBeAMapping() {
        List<String> p = problems("array: 12\n");
        assertTrue(p.get(0).contains("section array must hold key: value lines"), p.get(0));
    }

    @Test
    void duplicateKeyIsRejected() {
        List<String> p = problems("array:\n  rows: 64\n  rows: 32\n");
        assertTrue(p.get(0).contains("array.rows is given twice"), p.get(0));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> p = problems("array:\n  rowz: 1\n", "precision.inputBits=0", "adc.bits=99");
        assertEquals(3, p.size(), p.toString());
    }

    @Test
    void recordRejectsInvalidValuesEvenWhenBuiltDirectly() {
        MacroConfig ok = parse("");
        ConfigException e = assertThrows(ConfigException.class, () -> new MacroConfig(ok.name(), ok.rows(), ok.cols(),
                100, ok.referenceColumns(), ok.inputBits(), ok.weightBits(), ok.signedWeights(), ok.inputBitSerial(),
                ok.capGroup(), ok.adcBits(), ok.dualThreshold(), ok.rangeShift(), ok.zeroFractionBits(), ok.clockMHz(),
                ok.node(), ok.vdd(), ok.tempC(), ok.unitCapFf(),
                ok.capMismatchPct(), ok.comparatorOffsetMv(), ok.comparatorNoiseMv(), ok.noise(), ok.seed()));
        assertTrue(e.getMessage().contains("array.tileRows = 100 must divide array.rows = 1024"));
    }

    // ---- a named macro keeps the geometry it was named for ---------------------------

    private static final String NAMED = "macro: {name: net8}\narray: {rows: 64, cols: 8}\nprecision: {weightBits: 8}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"array.rows=32", "array.cols=16", "precision.inputBits=4", "precision.weightBits=4",
        "precision.capGroup=2"})
    void setChangingTheGeometryOfANamedFileIsRefused(String set) {
        List<String> p = problems(NAMED, set);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("--set " + set + " changes the geometry of test.yaml, whose macro.name is "
                + "net8: add --set macro.name=NAME, or --set macro.name=derived for aimc_r"), p.get(0));
    }

    @Test
    void theRefusalNamesEveryChangeAndTheDerivedName() {
        List<String> p = problems(NAMED, "array.rows=32", "array.cols=4", "technology.vdd=1.0");
        assertEquals(List.of("--set array.rows=32 --set array.cols=4 change the geometry of test.yaml, whose "
                + "macro.name is net8: add --set macro.name=NAME, or --set macro.name=derived for "
                + "aimc_r32_c4_i8w8g4"), p);
    }

    @Test
    void aNameOnTheCommandLineOrTheWordDerivedResolvesTheConflict() {
        assertEquals("net32", parse(NAMED, "array.rows=32", "macro.name=net32").name());
        assertEquals("aimc_r32_c8_i8w8g4", parse(NAMED, "array.rows=32", "macro.name=derived").name());
        assertEquals("aimc_r64_c8_i8w8g4", parse("macro: {name: derived}\narray: {rows: 64, cols: 8}\n").name());
    }

    @Test
    void keysOutsideTheNameAndUnchangedValuesKeepTheFilesName() {
        assertEquals("net8", parse(NAMED, "array.tileRows=16", "technology.vdd=1.0", "nonideal.seed=7",
                "technology.tempC=105", "precision.inputBitSerial=true").name());
        assertEquals("net8", parse(NAMED, "array.rows=64", "precision.inputBits=8").name(), "same values");
        assertEquals("net8", parse(NAMED, "precision.capGroup=4").name(), "capGroup 4 is what weightBits 8 derives");
    }

    @Test
    void anUnnamedFileFollowsItsGeometry() {
        assertEquals("aimc_r32_c8_i8w8g4", parse("array: {rows: 64, cols: 8}\n", "array.rows=32").name());
    }

    @Test
    void theDefaultPresetRefusesANewGeometryWithoutAName() throws Exception {
        String yaml = java.nio.file.Files.readString(TestSupport.repoRoot().resolve("configs/aidac-1024x256.yaml"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml,
                "configs/aidac-1024x256.yaml", List.of("array.rows=4096", "array.cols=1024")));
        assertEquals(List.of("--set array.rows=4096 --set array.cols=1024 change the geometry of "
                + "configs/aidac-1024x256.yaml, whose macro.name is aidac_1024x256: add --set macro.name=NAME, "
                + "or --set macro.name=derived for aimc_r4096_c1024_i8w8g4"), e.problems());
    }

    /** The size limit is on bytes, checked before reading: a file of exactly the limit is read. */
    @Test
    void theSizeLimitIsExact(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String yaml = "macro: {name: padded}\n";
        String comment = "# " + "c".repeat(1000) + "\n";
        StringBuilder sb = new StringBuilder(yaml);
        while (sb.length() + comment.length() <= ConfigLoader.MAX_CONFIG_BYTES) {
            sb.append(comment);
        }
        sb.append("#".repeat(ConfigLoader.MAX_CONFIG_BYTES - sb.length()));
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("at-limit.yaml"), sb);
        assertEquals("padded", ConfigLoader.load(file, List.of()).name());
        java.nio.file.Files.writeString(file, sb.append('#'));
        List<String> p = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of())).problems();
        assertEquals(List.of("configuration file " + file + " is " + (ConfigLoader.MAX_CONFIG_BYTES + 1) + " bytes: a "
                + "configuration is at most " + ConfigLoader.MAX_CONFIG_BYTES + " bytes (a preset is about 1 KB); is "
                + "it the right file?"), p);
    }

    /** A long line is refused before SnakeYAML sees it (its time grows with the square of a line). */
    @Test
    void aLongLineIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String ok = "macro: {name: short}\n# " + "c".repeat(ConfigLoader.MAX_LINE_CHARS - 2) + "\n";
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("lines.yaml"), ok);
        assertEquals("short", ConfigLoader.load(file, List.of()).name(), "a line of exactly the limit is read");
        java.nio.file.Files.writeString(file, "macro: {name: short}\narray: {rows: " + "1".repeat(900_000) + "}\n");
        List<String> p = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of())).problems();
        assertEquals(List.of("line 2 of configuration file " + file + " is 900015 characters long: a configuration "
                + "line is at most " + ConfigLoader.MAX_LINE_CHARS + " (a preset's longest is under 100); is it the "
                + "right file?"), p);
    }

    /** A value pasted by mistake is echoed cut, with its length, not whole. */
    @Test
    void aLongValueIsShownCut() {
        String longName = "a".repeat(100_000);
        List<String> p = problems("macro: {name: " + longName + "}\n", "array.rowz" + "z".repeat(500) + "=1");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).contains("unknown key array.rowz"), p.get(0));
        assertTrue(p.get(1).startsWith("macro.name = aaaa") && p.get(1).contains("... (100000 characters) must be a "
                + "Verilog identifier"), p.get(1));
        p.forEach(line -> assertTrue(line.length() < 300, line.length() + " characters"));
    }

    @Test
    void closestKeyIgnoresFarMisses() {
        assertFalse(Param.closest("completely.unrelated.words").isPresent());
        assertEquals("technology.vdd", Param.closest("technology.vdd2").orElseThrow());
    }
}
