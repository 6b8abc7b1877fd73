package org.aimcgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.AnalogModel;
import org.junit.jupiter.api.Test;

/**
 * The converter's transfer from the behavioural model: an ideal converter (no offset, no
 * mismatch) is linear to rounding; with offsets, a tile whose comparator trips above the
 * range's bottom clips there, so the chain rises slower (wider codes) until the last such
 * tile starts, and exactly one LSB per code after it.
 */
class AdcTransferTest {
    private static MacroConfig tiny(String... sets) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs/tiny.yaml"), List.of(sets));
    }

    @Test
    void anIdealConverterIsLinear() {
        for (String shift : List.of("0", "1")) {
            AdcTransfer t = AdcTransfer.measure(tiny("nonideal.comparatorOffsetMv=0", "nonideal.capMismatchPct=0",
                    "adc.rangeShift=" + shift)).orElseThrow();
            assertEquals(!shift.equals("0"), t.tracked());
            Linearity l = t.linearity();
            // The whole range: 63 codes of the 6-bit ADC at least.
            assertTrue(l.transitions().length >= 63, "codes swept: " + l.transitions().length);
            // Bisection to 2^-60 of the range: any DNL beyond 1e-6 LSB would be the model's.
            assertTrue(l.maxAbsDnl() < 1e-6, "DNL " + l.maxAbsDnl());
            assertTrue(l.maxAbsInl() < 1e-6, "INL " + l.maxAbsInl());
            // The design's code width: one TDC step of chain time per LSB of input.
            assertEquals(1.0, l.averageStep(), 1e-9);
            assertEquals(0, l.missingCodes());
        }
    }

    @Test
    void offsetsClipTilesAtTheBottomOfTheTrackedRange() {
        MacroConfig cfg = TestSupport.preset("aidac-1024x256.yaml");
        AdcTransfer t = AdcTransfer.measure(cfg).orElseThrow();
        assertTrue(t.tracked());
        // A tracked tile clips while the deviation is below its trip point less the zero
        // level; from the range's start (an offset-free tile's clip point) that is its offset.
        AnalogModel model = new AnalogModel(cfg);
        double lastClipLsb = 0.0;
        for (int tile = 0; tile < cfg.tiles(); tile++) {
            lastClipLsb = Math.max(lastClipLsb, model.comparatorOffset(tile, t.channel()) / t.lsbV());
        }
        assertTrue(lastClipLsb > 1.0, "some tile clips over more than a code: " + lastClipLsb);
        double[] x = t.linearity().transitions();
        double widest = 0.0;
        int straight = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double width = x[i + 1] - x[i];
            if (x[i] > lastClipLsb) {
                assertEquals(1.0, width, 1e-9, "code above every clip point at " + x[i] + " LSB");
                straight++;
            } else {
                widest = Math.max(widest, width);
            }
        }
        assertTrue(straight > 100, "codes above the clip points: " + straight);
        // One clipped tile of T slows the chain to (T - 1) / T: its codes are T / (T - 1) wide.
        double oneClipped = cfg.tiles() / (cfg.tiles() - 1.0);
        assertTrue(widest >= oneClipped - 1e-9, "widest code below the clip points " + widest);
        assertTrue(t.linearity().maxAbsInl() > 100 * 1e-6, "INL " + t.linearity().maxAbsInl());
    }
}
