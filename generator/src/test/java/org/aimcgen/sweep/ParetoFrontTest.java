package org.aimcgen.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dominance on hand-made points, whose fronts are known by construction. */
class ParetoFrontTest {
    private static SweepPoint p(int index, double topsPerW, double topsPerMm2, double error) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(SweepPoint.TOPS_PER_W, topsPerW);
        f.put(SweepPoint.TOPS_PER_MM2, topsPerMm2);
        f.put(SweepPoint.ERROR, error);
        return new SweepPoint(index, List.of(Integer.toString(index)), "", f, Map.of());
    }

    @Test
    void betterOnOneAndNoWorseOnTheOthersDominates() {
        assertTrue(ParetoFront.dominates(p(0, 2, 1, 0.5), p(1, 1, 1, 0.5)));
        assertTrue(ParetoFront.dominates(p(0, 1, 1, 0.4), p(1, 1, 1, 0.5)), "lower error is better");
        assertFalse(ParetoFront.dominates(p(0, 1, 1, 0.5), p(1, 1, 1, 0.5)), "equal points do not dominate");
        assertFalse(ParetoFront.dominates(p(0, 2, 1, 0.6), p(1, 1, 1, 0.5)), "a trade-off does not dominate");
    }

    @Test
    void theFrontKeepsTradeOffsAndTiesAndDropsInvalidAndInfeasiblePoints() {
        SweepPoint efficient = p(0, 10, 1, 0.9);
        SweepPoint accurate = p(1, 1, 1, 0.1);
        SweepPoint dominated = p(2, 5, 1, 0.95);
        SweepPoint tie = p(3, 10, 1, 0.9);
        SweepPoint invalid = SweepPoint.invalid(4, List.of("4"), "array.tileRows = 3 must divide array.rows = 16");
        SweepPoint dense = p(5, 0.5, 50, 2.0);
        List<SweepPoint> all = List.of(dense, tie, invalid, dominated, accurate, efficient);
        assertEquals(List.of(0, 1, 3, 5), ParetoFront.of(all, List.of()).stream().map(SweepPoint::index).toList());
        // error <= 1 makes the dense point infeasible: it leaves the front and dominates nothing.
        List<Requirement> req = List.of(Requirement.parse("errorRmsPctFs<=1"));
        assertEquals(List.of(0, 1, 3), ParetoFront.of(all, req).stream().map(SweepPoint::index).toList());
    }

    @Test
    void requirementsParseOrSayWhatIsAllowed() {
        Requirement r = Requirement.parse("topsPerMm2>=2.5");
        assertEquals(new Requirement("topsPerMm2", false, 2.5), r);
        org.junit.jupiter.api.Assertions.assertNotEquals(0.0, r.violation(p(0, 1, 2, 0)), "2 < 2.5 misses it");
        assertEquals(0.0, r.violation(p(0, 1, 3, 0)));
        String bad = org.junit.jupiter.api.Assertions.assertThrows(org.aimcgen.config.ConfigException.class,
                () -> Requirement.parse("errorRms<=1")).getMessage();
        assertTrue(bad.startsWith("--require errorRms<=1: errorRms is not a figure; must be KEY<=VALUE or "
                + "KEY>=VALUE with KEY one of throughputTops,"), bad);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(org.aimcgen.config.ConfigException.class,
                () -> Requirement.parse("snrDb<=x")).getMessage().contains("x is not a number"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(org.aimcgen.config.ConfigException.class,
                () -> Requirement.parse("snrDb=3")).getMessage().contains("must be KEY<=VALUE"));
    }

    @Test
    void csvQuotesAReasonWithCommas() {
        assertEquals("\"a, b\"", SweepCsv.quote("a, b"));
        assertEquals("\"say \"\"x\"\"\"", SweepCsv.quote("say \"x\""));
        assertEquals("plain", SweepCsv.quote("plain"));
        assertEquals("0.333333", SweepCsv.number(1.0 / 3));
        assertEquals("1234570", SweepCsv.number(1234567.8));
        assertEquals("inf", SweepCsv.number(Double.POSITIVE_INFINITY));
    }
}
