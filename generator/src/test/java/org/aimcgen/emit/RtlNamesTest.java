package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.api.Test;

/** What a designer probes must have a designer's name; the black box pins follow the port list. */
class RtlNamesTest {
    private static final Pattern PORT = Pattern.compile("^\\s*(input|output)\\s+wire\\s+(\\[[^]]+]\\s+)?(\\w+)",
            Pattern.MULTILINE);
    private static final Pattern FLOP = Pattern.compile("^\\s*(\\w+)\\s*(\\[[^]]*])?\\s*<=", Pattern.MULTILINE);

    @Test
    void portsAndRegistersHaveReadableNames() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        List<String> bad = new ArrayList<>();
        int ports = 0;
        int flops = 0;
        for (OutputFile f : new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg))) {
            if (!f.path().endsWith(".v")) {
                continue;
            }
            Matcher p = PORT.matcher(f.text());
            while (p.find()) {
                ports++;
                if (p.group(3).startsWith("_zz_")) {
                    bad.add(f.path() + " port " + p.group(3));
                }
            }
            Matcher r = FLOP.matcher(f.text());
            while (r.find()) {
                flops++;
                if (r.group(1).startsWith("_zz_") || r.group(1).startsWith("when_")) {
                    bad.add(f.path() + " register " + r.group(1));
                }
            }
        }
        assertTrue(ports > 50 && flops > 50, "the scan found the ports and registers: " + ports + ", " + flops);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void blackBoxInstanceBindsEveryPinOfThePortList() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        String top = new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)).stream()
                .filter(f -> f.path().endsWith("/" + cfg.name() + ".v")).findFirst().orElseThrow().text();
        int start = top.indexOf(cfg.moduleName("analog_array") + " analog_array (");
        assertTrue(start > 0, "the top instantiates the analog array");
        String instance = top.substring(start, top.indexOf(");", start));
        List<Port> pins = PortList.analogArray(cfg).ports();
        for (Port pin : pins) {
            assertTrue(instance.contains("." + pin.name() + " "), "pin " + pin.name() + " bound");
        }
        // Beyond the port list, only the supplies, and only with USE_POWER_PINS (PowerPinsTest).
        List<String> supplies = org.aimcgen.ports.SupplyPins.of(cfg).stream().map(s -> s.name()).toList();
        String guarded = "`ifdef " + org.aimcgen.ports.SupplyPins.DEFINE + "\n";
        int open = instance.indexOf(guarded);
        assertTrue(open > 0, "the supplies' connections are guarded");
        String block = instance.substring(open + guarded.length(), instance.indexOf("`endif", open));
        for (String s : supplies) {
            assertTrue(block.contains("." + s + " "), "supply " + s + " bound under the define");
        }
        assertEquals(pins.size() + supplies.size(), instance.split("\\n\\s+\\.").length - 1,
                "no pin beyond the port list and the supplies");
    }
}
