package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

class TileModelTest {
    /** 4 rows per tile, 2-bit inputs, 4-bit weights in two 2-bit groups, VDD 1.0 V. */
    private final MacroConfig cfg = ConfigLoader.parse("", "test", List.of("array.rows=8", "array.cols=2",
            "array.tileRows=4", "precision.inputBits=2", "precision.weightBits=4", "precision.capGroup=2",
            "technology.vdd=1.0"));

    @Test
    void fullScaleGivesVdd() {
        int[] x = {3, 3, 3, 3};
        int[] w = {15, 15, 15, 15};
        assertArrayEquals(new double[] {1.0, 1.0}, TileModel.groupVoltages(cfg, x, w), 1e-15);
    }

    @Test
    void zeroInputOrZeroWeightGivesZero() {
        assertArrayEquals(new double[] {0, 0}, TileModel.groupVoltages(cfg, new int[4], new int[] {15, 15, 15, 15}));
        assertArrayEquals(new double[] {0, 0}, TileModel.groupVoltages(cfg, new int[] {3, 3, 3, 3}, new int[4]));
    }

    @Test
    void handWorkedCase() {
        // Row codes x = 1, 2, 3, 0; weights 0b0110, 0b1001, 0b0011, 0b1111.
        // Group 0 (bits 1..0): 2, 1, 3, 3 -> 1*2 + 2*1 + 3*3 + 0*3 = 13
        // Group 1 (bits 3..2): 1, 2, 0, 3 -> 1*1 + 2*2 + 3*0 + 0*3 = 5
        // Full scale: 4 rows * 3 * 3 = 36 units.
        double[] v = TileModel.groupVoltages(cfg, new int[] {1, 2, 3, 0}, new int[] {6, 9, 3, 15});
        assertEquals(13.0 / 36.0, v[0], 1e-15);
        assertEquals(5.0 / 36.0, v[1], 1e-15);
    }

    @Test
    void groupValueSlicesTheStoredWeight() {
        assertEquals(2, TileModel.groupValue(cfg, 0b0110, 0));
        assertEquals(1, TileModel.groupValue(cfg, 0b0110, 1));
    }

    @Test
    void packHexPutsRowZeroInTheLowBits() {
        assertEquals("0321", Stimulus.packHex(new int[] {1, 2, 3, 0}, 4));
        assertEquals("e4", Stimulus.packHex(new int[] {0, 1, 2, 3}, 2));
    }

    @Test
    void sequencerTimingCountsZeroAsOneCycle() {
        assertArrayEquals(new int[] {1, 1, 3, 1, 7}, SequencerModel.phaseCycles(new int[] {0, 1, 3, 0, 7}, 1));
        assertEquals(13, SequencerModel.latencyCycles(new int[] {0, 1, 3, 0, 7}, 1));
        assertEquals(5, Arrays.stream(SequencerModel.phaseCycles(new int[5], 1)).sum());
        // Four bit-planes: DRIVE, MULTIPLY and SHARE four times each.
        assertArrayEquals(new int[] {4, 4, 12, 1, 7}, SequencerModel.phaseCycles(new int[] {0, 1, 3, 0, 7}, 4));
    }
}
