package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.MacroContext;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.RdlEmitter;
import org.aimcgen.emit.Templates;
import org.aimcgen.rtl.Field;
import org.aimcgen.rtl.RegisterAccess;
import org.aimcgen.rtl.RegisterMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SystemRDL view through systemrdl-compiler: it compiles with no error or warning, and
 * the register list it elaborates (names, addresses, field bits, access properties, reset
 * values, descriptions) is the Java register table of that configuration. Every preset, and
 * tiny without the options that add registers and fields (dual threshold, range).
 */
class RdlTest {
    static Stream<Arguments> configurations() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String preset : TestSupport.presetFiles()) {
            out.add(Arguments.of(preset, List.of()));
        }
        out.add(Arguments.of("tiny.yaml", List.of("adc.dualThreshold=false", "adc.rangeShift=0")));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void compiledRegistersAreTheRegisterTable(String preset, List<String> sets) throws Exception {
        MacroConfig cfg = ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset), sets);
        Path dir = TestSupport.workDir("rdl/" + cfg.name() + (sets.isEmpty() ? "" : "_options_off"));
        OutputFile rdl = new RdlEmitter(new Templates()).emit(MacroContext.of(cfg)).get(0);
        Path file = dir.resolve(cfg.name() + ".rdl");
        Files.writeString(file, rdl.text());

        Path script = TestSupport.repoRoot().resolve("generator/src/test/resources/rdl_dump.py");
        TestSupport.Run run = TestSupport.run(dir, 60, TestSupport.venvTool("python"), script.toString(),
                file.toString());
        assertEquals(0, run.exit(), "systemrdl-compiler on " + file + ":\n" + run.output());
        JsonNode top = new ObjectMapper().readTree(run.output());
        assertEquals(cfg.name(), top.get("name").asText());

        List<Map<String, Object>> compiled = new ArrayList<>();
        top.get("registers").forEach(r -> compiled.add(register(r)));
        List<Map<String, Object>> table = RegisterMap.present(cfg).stream().map(r -> register(r, cfg)).toList();
        assertEquals(table, compiled, "the .rdl's registers against rtl/RegisterMap.java");
        if (!sets.isEmpty()) {
            assertFalse(compiled.stream().anyMatch(r -> r.get("name").equals(RegisterMap.RANGE.name())), "no RANGE");
            assertFalse(compiled.stream().anyMatch(r -> r.get("name").equals(RegisterMap.EARLY_MARGIN.name())),
                    "no gating registers");
        } else if (RegisterMap.hasGating(cfg) && RegisterMap.hasRange(cfg)) {
            assertEquals(RegisterMap.values().length, compiled.size(), "every register of a macro with every option");
        }
    }

    /** A register as systemrdl-compiler elaborated it. */
    private static Map<String, Object> register(JsonNode r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.get("name").asText());
        m.put("address", r.get("address").asLong());
        m.put("title", r.get("title").asText());
        List<Map<String, Object>> fields = new ArrayList<>();
        r.get("fields").forEach(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.get("name").asText());
            fm.put("lsb", f.get("lsb").asInt());
            fm.put("msb", f.get("msb").asInt());
            fm.put("sw", f.get("sw").asText());
            fm.put("hw", f.get("hw").asText());
            fm.put("onwrite", f.get("onwrite").asText());
            fm.put("hwset", f.get("hwset").asBoolean());
            fm.put("hwclr", f.get("hwclr").asBoolean());
            fm.put("counter", f.get("counter").asBoolean());
            fm.put("incrsaturate", f.get("incrsaturate").asBoolean());
            fm.put("reset", f.get("reset").isNull() ? null : f.get("reset").asLong());
            fm.put("desc", f.get("desc").asText());
            fields.add(fm);
        });
        m.put("fields", fields);
        return m;
    }

    /** The same register from the Java table. */
    private static Map<String, Object> register(RegisterMap r, MacroConfig cfg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("address", (long) r.address());
        m.put("title", r.title());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field f : r.fields(cfg)) {
            RegisterAccess a = f.access();
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("lsb", f.lsb());
            fm.put("msb", f.msb());
            fm.put("sw", a.sw());
            fm.put("hw", a.hw());
            fm.put("onwrite", a.onwrite());
            fm.put("hwset", a.hwset());
            fm.put("hwclr", a.hwclr());
            fm.put("counter", a.counter());
            fm.put("incrsaturate", a.saturates());
            fm.put("reset", f.reset());
            fm.put("desc", f.description());
            fields.add(fm);
        }
        m.put("fields", fields);
        return m;
    }
}
