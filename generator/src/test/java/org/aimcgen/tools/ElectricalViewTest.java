package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.AmsEmitter;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.Templates;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The electrical views: the continuous blocks must parse with admsXml (which exits 0 even
 * on fatal errors, so its '[fatal' lines are what count); the event-driven blocks, which
 * admsXml cannot read (cross, transition, timer), must have exactly the pins of their
 * port lists.
 */
class ElectricalViewTest {
    private static final Pattern MODULE = Pattern.compile("module\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;", Pattern.DOTALL);

    private static List<OutputFile> emit(MacroConfig cfg) {
        return new AmsEmitter(new Templates()).emit(cfg);
    }

    private static String file(List<OutputFile> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst().orElseThrow().text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void continuousBlocksParseWithAdms(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path dir = TestSupport.workDir("adms-" + preset.replace(".yaml", ""));
        List<OutputFile> files = emit(cfg);
        for (String suffix : List.of("_tile_column_electrical.vams", "_vtc_electrical.vams")) {
            Path va = dir.resolve(cfg.name() + suffix.replace(".vams", ".va"));
            Files.writeString(va, file(files, suffix));
            TestSupport.Run run = TestSupport.run(dir, 300, "admsXml", va.getFileName().toString());
            assertFalse(run.output().contains("[fatal"), suffix + ":\n" + run.output());
            assertTrue(run.output().contains("admst iterations"), "admsXml ran to the end:\n" + run.output());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "aidac-1024x256.yaml"})
    void everyElectricalModuleHasThePinsOfItsPortList(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        List<OutputFile> files = emit(cfg);
        List<String> tilePins = new ArrayList<>(PortList.tileColumn(cfg).scalarPins(true));
        tilePins.addAll(PortList.tileColumn(cfg).scalarPins(false));
        assertEquals(tilePins, pins(file(files, "_tile_column_electrical.vams"), cfg.moduleName("tile_column_electrical")));
        List<String> vtcPins = new ArrayList<>(List.of("start", "v_in", "ramp", "pulse"));
        assertEquals(vtcPins, pins(file(files, "_vtc_electrical.vams"), cfg.moduleName("vtc_electrical")),
                "the VTC's electrical view adds its ramp node to the port list's pins");
        String events = file(files, "_events.vams");
        for (PortList list : List.of(PortList.mainComparator(cfg), PortList.earlyComparator(cfg))) {
            List<String> want = new ArrayList<>(list.scalarPins(true));
            want.addAll(list.scalarPins(false));
            assertEquals(want, pins(events, list.module()), list.module());
        }
        PortList ro = PortList.ringOscillator(cfg);
        List<String> roPins = new ArrayList<>(ro.scalarPins(true));
        roPins.addAll(ro.scalarPins(false));
        assertEquals(roPins, pins(events, ro.module() + "_event"));
    }

    private static List<String> pins(String text, String module) {
        Matcher m = MODULE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(module)) {
                List<String> out = new ArrayList<>();
                for (String p : m.group(2).split(",")) {
                    out.add(p.trim());
                }
                return out;
            }
        }
        throw new AssertionError("no module " + module);
    }
}
