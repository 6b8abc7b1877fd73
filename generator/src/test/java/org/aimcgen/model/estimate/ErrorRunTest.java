package org.aimcgen.model.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.model.Metrics;
import org.aimcgen.model.VmmRun;
import org.junit.jupiter.api.Test;

/** The datasheet's error: the behavioural model's, over seeds and corners. */
class ErrorRunTest {
    private final MacroConfig tiny = Calibration.preset("tiny", List.of());

    @Test
    void oneSeedIsTheRunsOwnMetrics() {
        ErrorEstimate e = ErrorRun.run(tiny, 1, 5, 7);
        Metrics m = VmmRun.create(tiny, 5, 7).modelMetrics();
        assertEquals(m.rmsErrPctFs(), e.rmsPctFs(), 1e-12);
        assertEquals(m.maxErrPctFs(), e.maxPctFs(), 1e-12);
        assertEquals(m.snrDb(), e.snrDb(), 1e-9);
        assertEquals(5 * tiny.cols(), e.errorsPctFs().size());
        double rms = Math.sqrt(e.errorsPctFs().stream().mapToDouble(x -> x * x).sum() / e.errorsPctFs().size());
        assertEquals(e.rmsPctFs(), rms, 1e-9);
    }

    @Test
    void moreSeedsDrawOtherMismatch() {
        ErrorEstimate one = ErrorRun.run(tiny, 1, 5, 7);
        ErrorEstimate three = ErrorRun.run(tiny, 3, 5, 7);
        assertEquals(3 * one.errorsPctFs().size(), three.errorsPctFs().size());
        assertEquals(one.errorsPctFs(), three.errorsPctFs().subList(0, one.errorsPctFs().size()));
        assertNotEquals(one.errorsPctFs(), three.errorsPctFs().subList(one.errorsPctFs().size(),
                2 * one.errorsPctFs().size()));
    }

    @Test
    void datasheetCoversEveryCornerOfTheGrid() {
        Datasheet d = Datasheet.of(tiny, new Datasheet.Options(1, 3, true, 7));
        assertEquals(PvtCorners.grid(tiny.technology()).size(), d.corners().size());
        assertTrue(d.corners().stream().anyMatch(c -> c.vdd() == tiny.technology().vddLow() && c.tempC() == -40));
        // The nominal corner of the grid is the configuration itself.
        CornerError nominal = d.corners().stream()
                .filter(c -> c.vdd() == tiny.vdd() && c.tempC() == tiny.tempC()).findFirst().orElseThrow();
        assertEquals(ErrorRun.run(tiny, 1, 3, 7).rmsPctFs(), nominal.rmsPctFs(), 1e-12);
    }
}
