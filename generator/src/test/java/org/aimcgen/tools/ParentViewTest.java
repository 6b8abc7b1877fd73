package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.MacroView;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.emit.RtlEmitter;
import org.aimcgen.emit.bench.ArrayStandIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The views a parent design gets, each through the tool it is for, in a small parent that
 * instantiates the tiny macro twice: yosys keeps the stub as a black box with the pins yosys
 * reads from the real top; Icarus compiles and runs the real-number view; admsXml parses the
 * continuous blocks of the electrical view, and the preprocessor gives the same modules from
 * the selecting header as from the flat list.
 */
class ParentViewTest {
    private static final Pattern MODULE = Pattern.compile("(?m)^\\s*module\\s+(\\w+)");
    private static MacroConfig cfg;
    private static Path work;
    private static Path rtl;

    @BeforeAll
    static void generateTiny() throws Exception {
        cfg = TestSupport.preset("tiny.yaml");
        work = TestSupport.workDir("parent-views");
        Path out = work.resolve("out");
        OutputWriter.write(out, cfg, new Generator().generate(cfg));
        rtl = out.resolve(Layout.rtlDir(cfg));
        Files.writeString(work.resolve("parent.v"), """
                `timescale 1ns/1ps
                module parent (input clk, input reset, output irq_any);
                  wire irq0, irq1;
                  %1$s u_macro0 (.clk(clk), .reset(reset), .irq(irq0));
                  %1$s u_macro1 (.clk(clk), .reset(reset), .irq(irq1));
                  assign irq_any = irq0 | irq1;
                endmodule
                """.formatted(cfg.name()));
        // The simulation's bench, apart: synthesis reads the parent alone.
        Files.writeString(work.resolve("tb.v"), """
                `timescale 1ns/1ps
                module tb;
                  reg clk = 0, reset = 1;
                  wire irq_any;
                  parent u_parent (.clk(clk), .reset(reset), .irq_any(irq_any));
                  always #5 clk = ~clk;
                  initial begin
                    #20 reset = 0;
                    #200 $display("parent: irq_any=%b", irq_any);
                    $finish;
                  end
                endmodule
                """);
    }

    /** A view's file list as a tool reads it: its defines, include folders and files, resolved from its folder. */
    private record FileList(List<String> defines, List<Path> incdirs, List<Path> files) {
        static FileList read(Path list) throws Exception {
            List<String> defines = new ArrayList<>();
            List<Path> incdirs = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (String line : Files.readAllLines(list)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("//")) {
                    continue;
                }
                if (s.startsWith("+define+")) {
                    defines.add(s.substring("+define+".length()));
                } else if (s.startsWith("+incdir+")) {
                    incdirs.add(list.getParent().resolve(s.substring("+incdir+".length())).normalize());
                } else {
                    Path f = list.getParent().resolve(s).normalize();
                    assertTrue(Files.isRegularFile(f), list.getFileName() + " lists a missing file " + s);
                    files.add(f);
                }
            }
            return new FileList(defines, incdirs, files);
        }

        /** yosys read_verilog options and files. */
        String yosysRead() {
            StringBuilder sb = new StringBuilder("read_verilog");
            defines.forEach(d -> sb.append(" -D").append(d));
            incdirs.forEach(d -> sb.append(" -I").append(d));
            files.forEach(f -> sb.append(' ').append(f));
            return sb.toString();
        }
    }

    private static JsonNode yosysJson(String name, String script) throws Exception {
        Path json = work.resolve(name + ".json");
        TestSupport.Run run = TestSupport.run(work, 120, "yosys", "-q", "-p", script + "; write_json " + json);
        assertEquals(0, run.exit(), script + "\n" + run.output());
        return new ObjectMapper().readTree(json.toFile());
    }

    /** A module's pins as yosys reads them, in order: direction, name, width. */
    private static List<String> pins(JsonNode module) {
        List<String> out = new ArrayList<>();
        module.get("ports").fields().forEachRemaining(e -> out.add(e.getValue().get("direction").asText() + " "
                + e.getKey() + " " + e.getValue().get("bits").size()));
        return out;
    }

    private static void assertBlackBoxInParent(JsonNode design, List<String> topPins, String how) {
        JsonNode stub = design.get("modules").get(cfg.name());
        assertTrue(stub.get("attributes").has("blackbox"), how + ": the macro is a black box");
        assertEquals(topPins, pins(stub), how + ": the stub's pins are the top's");
        List<String> macros = new ArrayList<>();
        design.get("modules").get("parent").get("cells").fields().forEachRemaining(c -> {
            if (c.getValue().get("type").asText().equals(cfg.name())) {
                macros.add(c.getKey());
            }
        });
        assertEquals(List.of("u_macro0", "u_macro1"), macros, how + ": both instances kept");
    }

    @Test
    void stubViewIsABlackBoxWithTheTopsPins() throws Exception {
        Path arrayStub = rtl.resolve("../../" + Layout.simDir(cfg) + "/" + ArrayStandIn.stub(cfg)).normalize();
        StringBuilder realTop = new StringBuilder("read_verilog -lib " + arrayStub + "; read_verilog");
        for (String f : RtlEmitter.fileNames(cfg)) {
            realTop.append(' ').append(rtl.resolve(f));
        }
        List<String> topPins = pins(yosysJson("top", realTop + "; hierarchy -top " + cfg.name() + "; proc")
                .get("modules").get(cfg.name()));
        assertTrue(topPins.size() > 20 && topPins.contains("output irq 1"), topPins.toString());

        String parent = "read_verilog " + work.resolve("parent.v") + "; hierarchy -check -top parent";
        FileList synth = FileList.read(rtl.resolve(MacroView.STUB.fileList(cfg)));
        assertEquals(List.of(MacroView.STUB.define()), synth.defines());
        assertBlackBoxInParent(yosysJson("synth-list", synth.yosysRead() + "; " + parent), topPins, "file list");
        String selector = "read_verilog -D" + MacroView.STUB.define() + " -I" + rtl + " " + rtl.resolve(MacroView.selectorFile(cfg));
        assertBlackBoxInParent(yosysJson("synth-define", selector + "; " + parent), topPins, "define");
    }

    @Test
    void realNumberViewSimulatesInIcarus() throws Exception {
        Path list = rtl.resolve(MacroView.WREAL.fileList(cfg));
        // Paths in the list are relative to its folder: Icarus reads it from there.
        TestSupport.Run compile = TestSupport.run(rtl, 120, "iverilog", "-g2012", "-gverilog-ams", "-s", "tb",
                "-o", work.resolve("list.vvp").toString(), "-c", list.getFileName().toString(), work.resolve("parent.v").toString(),
                work.resolve("tb.v").toString());
        assertEquals(0, compile.exit(), compile.output());
        TestSupport.Run sim = TestSupport.run(work, 120, "vvp", "-n", "list.vvp");
        assertEquals(0, sim.exit(), sim.output());
        assertTrue(sim.output().contains("parent: irq_any=0"), "the parent ran with both macros:\n" + sim.output());

        List<String> selectorArgs = new ArrayList<>(List.of("iverilog", "-g2012", "-gverilog-ams", "-s", "tb",
                "-o", work.resolve("define.vvp").toString(), "-I", rtl.toString(), "-I", rtl.resolve(MacroView.modelDir(cfg)).toString(),
                rtl.resolve(MacroView.selectorFile(cfg)).toString(), work.resolve("parent.v").toString(),
                work.resolve("tb.v").toString()));
        selectorArgs.add(3, "-D" + MacroView.WREAL.define());
        TestSupport.Run byDefine = TestSupport.run(work, 120, selectorArgs.toArray(String[]::new));
        assertEquals(0, byDefine.exit(), byDefine.output());

        selectorArgs.remove(3);
        TestSupport.Run noDefine = TestSupport.run(work, 120, selectorArgs.toArray(String[]::new));
        assertNotEquals(0, noDefine.exit(), "without a view define the header stops the compile");
        assertTrue(noDefine.output().contains(MacroView.STUB.define()), "and names the defines:\n" + noDefine.output());
    }

    @Test
    void electricalViewParsesAndMatchesTheSelector() throws Exception {
        FileList ams = FileList.read(rtl.resolve(MacroView.ELECTRICAL.fileList(cfg)));
        assertEquals(List.of(MacroView.ELECTRICAL.define()), ams.defines());
        // admsXml reads the continuous blocks (the event-driven ones use cross/transition/timer, which it cannot).
        int parsed = 0;
        for (Path f : ams.files()) {
            String name = f.getFileName().toString();
            if (name.matches(".*_(tile_column|vtc|vtc_track)_electrical\\.vams")) {
                Path va = work.resolve(name.replace(".vams", ".va"));
                Files.copy(f, va, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                TestSupport.Run adms = TestSupport.run(work, 300, "admsXml", va.getFileName().toString());
                assertFalse(adms.output().contains("[fatal"), name + ":\n" + adms.output());
                assertTrue(adms.output().contains("admst iterations"), "admsXml ran to the end:\n" + adms.output());
                parsed++;
            }
        }
        assertEquals(cfg.tracksReference() ? 3 : 2, parsed, "the continuous blocks are in the list");

        TreeSet<String> listed = new TreeSet<>();
        for (Path f : ams.files()) {
            listed.addAll(modules(Files.readString(f)));
        }
        assertTrue(listed.contains(cfg.name()) && listed.contains(cfg.moduleName("analog_array"))
                && listed.contains(cfg.moduleName("analog_array_electrical")), listed.toString());
        Path pre = work.resolve("electrical.pre.v");
        TestSupport.Run preprocess = TestSupport.run(work, 120, "iverilog", "-E", "-o", pre.toString(),
                "-D" + MacroView.ELECTRICAL.define(), "-I", rtl.toString(), "-I", rtl.resolve(MacroView.modelDir(cfg)).toString(),
                rtl.resolve(MacroView.selectorFile(cfg)).toString());
        assertEquals(0, preprocess.exit(), preprocess.output());
        assertEquals(listed, new TreeSet<>(modules(Files.readString(pre))), "the define selects the list's modules");
    }

    private static List<String> modules(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MODULE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
