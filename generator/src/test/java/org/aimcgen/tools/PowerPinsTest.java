package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.AmsEmitter;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.MacroLibertyEmitter;
import org.aimcgen.emit.RtlEmitter;
import org.aimcgen.emit.bench.ArrayStandIn;
import org.aimcgen.ports.SupplyPins;
import org.junit.jupiter.api.Test;

/**
 * USE_POWER_PINS: the top compiles and lints clean with and without it (Icarus, Verilator
 * -Wall), the array's real-number model compiles with it, and the supply ports yosys reads
 * from the top are the Liberty's pg_pins (and so the LEF's, LefTest).
 */
class PowerPinsTest {
    private static final List<String> DEFINES = List.of("", "-D" + SupplyPins.DEFINE);

    @Test
    void topLintsAndCompilesWithAndWithoutSupplies() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path root = TestSupport.repoRoot();
        Path sim = root.resolve(Layout.simDir(cfg));
        List<String> rtl = RtlEmitter.fileNames(cfg).stream().map(f -> root.resolve(Layout.rtlDir(cfg)).resolve(f).toString())
                .toList();
        String stub = sim.resolve(ArrayStandIn.stub(cfg)).toString();
        Path work = TestSupport.workDir("power-pins");
        for (String define : DEFINES) {
            List<String> lint = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall", "--top-module", cfg.name()));
            if (!define.isEmpty()) {
                lint.add(define);
            }
            lint.addAll(rtl);
            lint.add(stub);
            TestSupport.Run v = TestSupport.run(work, 300, lint.toArray(String[]::new));
            assertEquals(0, v.exit(), define + "\n" + v.output());

            List<String> icarus = new ArrayList<>(List.of("iverilog", "-g2012", "-o", work.resolve("top.vvp").toString(),
                    "-s", cfg.name()));
            if (!define.isEmpty()) {
                icarus.add(define);
            }
            icarus.addAll(rtl);
            icarus.add(stub);
            TestSupport.Run i = TestSupport.run(work, 300, icarus.toArray(String[]::new));
            assertEquals(0, i.exit(), define + "\n" + i.output());
        }
        // The real-number array with its supply ports, in the top, as tb_vmm links it.
        List<String> ams = new ArrayList<>(List.of("iverilog", "-g2012", "-gverilog-ams", "-D" + SupplyPins.DEFINE,
                "-I" + root.resolve(Layout.amsDir(cfg)), "-o", work.resolve("ams.vvp").toString(), "-s", cfg.name()));
        ams.addAll(rtl);
        for (String f : AmsEmitter.fileNames(cfg)) {
            ams.add(root.resolve(Layout.amsDir(cfg)).resolve(f).toString());
        }
        ams.add(root.resolve(Layout.amsDir(cfg)).resolve(AmsEmitter.arrayFile(cfg)).toString());
        TestSupport.Run a = TestSupport.run(work, 300, ams.toArray(String[]::new));
        assertEquals(0, a.exit(), a.output());
    }

    @Test
    void supplyPortsAreTheLibertysPgPins() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Map<String, String> with = MacroLibertyTest.topPorts(cfg, true);
        Map<String, String> without = MacroLibertyTest.topPorts(cfg, false);
        Map<String, String> supplies = new TreeMap<>(with);
        supplies.keySet().removeAll(without.keySet());
        LibertyFile lib = LibertyFile.parse(Files.readString(TestSupport.repoRoot().resolve(MacroLibertyEmitter.file(cfg))));
        Map<String, String> pg = new TreeMap<>();
        lib.pgPins().keySet().forEach(n -> pg.put(n, "inout 1"));
        assertEquals(pg, supplies);
    }
}
