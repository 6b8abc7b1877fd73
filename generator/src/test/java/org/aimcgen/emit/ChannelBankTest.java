package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.api.Test;

/**
 * The per-channel hardware is one leaf module, instanced by the bank's generate loop: the
 * RTL text does not grow with the channel count, and the pins on both sides of each
 * instance follow their port lists.
 */
class ChannelBankTest {

    private static String file(List<OutputFile> files, String module) {
        return files.stream().filter(f -> f.path().endsWith("/" + module + ".v")).findFirst().orElseThrow().text();
    }

    private static MacroConfig tiny(String... sets) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"), List.of(sets));
    }

    @Test
    void theBankInstancesTheLeafInAGenerateLoopBindingEveryPin() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        List<OutputFile> files = new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg));
        PortList leaf = PortList.channel(cfg);
        String bank = file(files, PortList.channelBank(cfg).module());
        assertTrue(bank.contains("for (ch = 0; ch < CHANNELS; ch = ch + 1) begin : channel"), "generate loop");
        int start = bank.indexOf(leaf.module() + " leaf (");
        assertTrue(start > 0, "the bank instances the leaf");
        assertEquals(start, bank.lastIndexOf(leaf.module() + " "), "one instance statement");
        String instance = bank.substring(start, bank.indexOf(");", start));
        for (Port pin : leaf.ports()) {
            assertTrue(Pattern.compile("\\." + pin.name() + "\\s+\\(").matcher(instance).find(), "leaf pin " + pin.name());
        }
        assertEquals(leaf.ports().size(), instance.split("\\n\\s+\\.").length - 1, "no pin beyond the leaf's list");
        // The leaf's Verilog declares exactly the port list's pins.
        String leafText = file(files, leaf.module());
        Matcher m = Pattern.compile("^\\s*(input|output)\\s+wire\\s+(?:\\[(\\d+):0]\\s+)?(\\w+)", Pattern.MULTILINE)
                .matcher(leafText);
        int declared = 0;
        while (m.find()) {
            Port p = leaf.ports().stream().filter(q -> q.name().equals(m.group(3))).findFirst().orElseThrow(
                    () -> new AssertionError("leaf port " + m.group(3) + " is not in the port list"));
            assertEquals(p.isInput(), m.group(1).equals("input"), p.name());
            assertEquals(p.width(), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1, p.name());
            declared++;
        }
        assertEquals(leaf.ports().size(), declared);
    }

    @Test
    void theTopBindsEveryPinOfTheBank() {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        String top = file(new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)), cfg.name());
        PortList bank = PortList.channelBank(cfg);
        int start = top.indexOf(bank.module() + " channel_bank (");
        assertTrue(start > 0, "the top instantiates the bank");
        String instance = top.substring(start, top.indexOf(");", start));
        for (Port pin : bank.ports()) {
            assertTrue(instance.contains("." + pin.name() + " "), "bank pin " + pin.name());
        }
        assertEquals(bank.ports().size(), instance.split("\\n\\s+\\.").length - 1, "no pin beyond the port list");
    }

    @Test
    void rtlTextDoesNotGrowWithTheChannelCount() {
        int small = totalLines(tiny());
        int large = totalLines(tiny("array.cols=200", "macro.name=tiny200"));
        // 10 channels against 402: the same modules, only widths and constants change.
        assertTrue(Math.abs(large - small) <= 4, "RTL lines " + small + " against " + large);
    }

    @Test
    void indexClampsAppearOnlyWhereAnIndexCanPassTheEnd() {
        // tiny: 10 channels on a 4-bit INDEX (clamped); 4 columns on a 2-bit index (never past the reference column).
        String bank = bankText(tiny());
        assertTrue(bank.contains("(channel_index > LAST_CHANNEL) ? LAST_CHANNEL : channel_index"));
        assertFalse(bank.contains("(column_index > REF_COLUMN)"));
        // 3 columns, 8 channels: neither index can pass the end.
        bank = bankText(tiny("array.cols=3", "macro.name=tiny3"));
        assertFalse(bank.contains("LAST_CHANNEL"));
        assertFalse(bank.contains("(column_index > REF_COLUMN)"));
        // 5 columns on a 3-bit index: 6 and 7 read the reference column.
        bank = bankText(tiny("array.cols=5", "macro.name=tiny5"));
        assertTrue(bank.contains("(column_index > REF_COLUMN) ? REF_COLUMN : column_index"));
        assertTrue(bank.contains("(stream_index > REF_COLUMN) ? REF_COLUMN : stream_index"));
    }

    private static String bankText(MacroConfig cfg) {
        return file(new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)), PortList.channelBank(cfg).module());
    }

    private static int totalLines(MacroConfig cfg) {
        return new RtlEmitter(new Templates()).emit(org.aimcgen.emit.MacroContext.of(cfg)).stream().filter(f -> f.path().endsWith(".v"))
                .mapToInt(f -> f.text().split("\n", -1).length).sum();
    }
}
