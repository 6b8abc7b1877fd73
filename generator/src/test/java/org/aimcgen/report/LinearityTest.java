package org.aimcgen.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** DNL and INL of hand-made transitions, worked out on paper. */
class LinearityTest {
    @Test
    void aWideCodeAndANarrowOne() {
        // Code widths 1, 1.5, 0.5, 1, 1 (endpoints 0 and 5 over 5 codes: 1 per code).
        Linearity l = Linearity.of(7, new double[] {0, 1, 2.5, 3, 4, 5});
        assertEquals(1.0, l.averageStep(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, -0.5, 0, 0}, l.dnlLsb(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0.5, 0, 0, 0}, l.inlLsb(), 1e-12);
        assertEquals(0.5, l.maxAbsDnl(), 1e-12);
        assertEquals(0, l.missingCodes());
    }

    @Test
    void endpointFitTakesOutOffsetAndGain() {
        // Every code 2 units wide, starting at 10: linear once scaled.
        Linearity l = Linearity.of(0, new double[] {10, 12, 14, 16});
        assertEquals(2.0, l.averageStep(), 1e-12);
        assertEquals(0.0, l.maxAbsDnl(), 1e-12);
        assertEquals(0.0, l.maxAbsInl(), 1e-12);
    }

    @Test
    void aMissingCode() {
        Linearity l = Linearity.of(0, new double[] {0, 1, 1, 3});
        assertArrayEquals(new double[] {0, -1, 1}, l.dnlLsb(), 1e-12);
        assertEquals(1, l.missingCodes());
    }

    @Test
    void tooFewOrFallingTransitionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Linearity.of(0, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> Linearity.of(0, new double[] {3, 2, 1}));
    }
}
