package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

class StandInModelTest {
    private final MacroConfig cfg = ConfigLoader.parse("", "test", List.of("array.rows=8", "array.cols=2",
            "array.tileRows=4", "precision.inputBits=2", "precision.weightBits=4", "precision.capGroup=2",
            "adc.bits=8", "adc.rangeShift=0"));

    private static StandInModel.Scenario bypass() {
        return new StandInModel.Scenario(false, 8, false, 10, new int[8]);
    }

    @Test
    void pulseOfLStepsReadsLAndCountsItsOscillatorEdges() {
        // 37.5 steps: oscillator edges at 8, 16, 24, 32 fall inside the pulse.
        StandInModel.Channel c = StandInModel.simulate(cfg, 37, bypass());
        assertEquals(37, c.code());
        assertEquals(4, c.active());
        assertEquals(0, c.gated());
    }

    @Test
    void gatingShutsTheMainComparatorUntilTheEarlyTripGetsThrough() {
        // 100.5 steps, margin 8 -> early trip at 68.5; sampled at edge 9 (72), synchronised
        // at 10, gate open from edge 11. Lead window: gate open after edges 0..4.
        // Edges counting the pulse (pulse sampled at e-2 < 100.5/8, so e = 3..14):
        // gate before edge e is the gate after edge e-1: open for e-1 <= 4 or e-1 >= 11.
        StandInModel.Scenario gating = new StandInModel.Scenario(true, 8, false, 10, new int[8]);
        StandInModel.Channel c = StandInModel.simulate(cfg, 100, gating);
        assertEquals(100, c.code());
        assertEquals(6, c.active(), "open before edges 3,4,5 and 12,13,14");
        assertEquals(6, c.gated(), "shut before edges 6..11");
    }

    @Test
    void aMarginShorterThanTheLatencyMakesTheComparatorTripLate() {
        // Margin 1 = 4 steps: early trip at 96.5, seen at edge 13 (104), gate open after
        // edge 15: the pulse, due at 100.5, ends half a step after edge 15 (120.5).
        StandInModel.Scenario late = new StandInModel.Scenario(true, 1, false, 10, new int[8]);
        assertEquals(120, StandInModel.simulate(cfg, 100, late).code());
    }

    @Test
    void combinedResultsFollowTheIdealVmmWithinQuantisation() {
        Random rnd = new Random(5);
        int[][] w = new int[8][2];
        int[] x = new int[8];
        for (int trial = 0; trial < 50; trial++) {
            for (int r = 0; r < 8; r++) {
                x[r] = rnd.nextInt(4);
                w[r][0] = rnd.nextInt(16);
                w[r][1] = rnd.nextInt(16);
            }
            StandInModel.Outcome o = StandInModel.run(cfg, w, new StandInModel.Scenario(false, 8, false, 10, x));
            for (int c = 0; c < 2; c++) {
                long vmm = 0;
                for (int r = 0; r < 8; r++) {
                    vmm += (long) x[r] * (w[r][c] - cfg.weightZeroPoint());
                }
                double ideal = vmm * (double) cfg.adcFullScale() / StandInModel.fullScaleSum(cfg);
                // Each group's code is floored once (the reference's too): error below
                // one code per group, weighted by the group's shift.
                double bound = 1 + (1 << cfg.capGroup());
                assertTrue(Math.abs(o.results()[c] - ideal) <= bound,
                        "trial " + trial + " col " + c + ": " + o.results()[c] + " vs " + ideal);
            }
        }
    }

    @Test
    void overrangeSaturatesEveryColumnButNotTheReference() {
        int[][] w = new int[8][2];
        StandInModel.Outcome o = StandInModel.run(cfg, w,
                new StandInModel.Scenario(true, 8, true, 10, new int[8]));
        long max = (1L << (cfg.outputBits() - 1)) - 1;
        assertEquals(max, o.results()[0]);
        assertEquals((1 << cfg.tdcCodeBits()) - 1, o.rawCodes()[cfg.channel(0, 0)]);
        assertEquals(cfg.tiles() * 2, o.rawCodes()[cfg.channel(cfg.cols(), 0)], "reference: converter delay only");
    }
}
