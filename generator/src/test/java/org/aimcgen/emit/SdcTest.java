package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.config.Technology;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SDC's content: standard commands, the oscillator at its fastest corner, every array pin named. */
class SdcTest {
    static java.util.List<String> presets() throws Exception {
        return TestSupport.presetFiles();
    }

    private static String sdc(MacroConfig cfg) {
        return new SdcEmitter(new Templates()).emit(MacroContext.of(cfg)).get(0).text();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void oscillatorClockIsItsFastestOverTheCornerGrid(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        Technology t = cfg.technology();
        double fastest = Double.MAX_VALUE;
        for (PvtCorners.Corner c : PvtCorners.grid(t)) {
            fastest = Math.min(fastest, t.roPeriodNs(c.vdd(), c.tempC()));
        }
        assertEquals(fastest, SdcEmitter.roPeriodNs(cfg), 0.0005);
        assertTrue(fastest < t.roPeriodPs() / 1000.0, "the fast corner beats nominal");
        assertTrue(sdc(cfg).contains("create_clock -name ro_clk -period " + Fmt.INSTANCE.real(SdcEmitter.roPeriodNs(cfg))
                + " [get_pins analog_array/ro_clk]"));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void standardCommandsAndEveryArrayPinConstrained(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        String text = sdc(cfg);
        assertFalse(text.contains("remove_from_collection"), "not an SDC command (OpenSTA stops there)");
        for (Port p : PortList.analogArray(cfg).ports()) {
            ArrayBoundary.Role role = ArrayBoundary.role(p);
            String pin = "analog_array/" + p.name() + (p.vector() ? "[*]" : "");
            switch (role) {
                case CONTROL_CLOCK -> assertEquals("clk", p.name());
                // Timed by its arc in the Liberty view (clk to wt_rdata), named in a comment.
                case CLK_OUTPUT -> assertTrue(text.contains(pin), pin);
                default -> assertTrue(text.lines().anyMatch(l -> !l.startsWith("#") && l.contains(pin)), pin);
            }
        }
    }
}
