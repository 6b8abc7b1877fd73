package org.aimcgen.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The grid's order and the --vary syntax. */
class GridTest {
    @Test
    void theFirstAxisChangesSlowest() {
        Grid g = Grid.parse(List.of("precision.capGroup=1,2,4", "array.tileRows=64,128", "adc.bits=6,8"));
        assertEquals(12, g.size());
        // Nested loops in the order given: the documented order, written out independently.
        List<List<String>> expected = new ArrayList<>();
        for (String c : List.of("1", "2", "4")) {
            for (String t : List.of("64", "128")) {
                for (String b : List.of("6", "8")) {
                    expected.add(List.of(c, t, b));
                }
            }
        }
        for (int i = 0; i < g.size(); i++) {
            assertEquals(expected.get(i), g.values(i), "point " + i);
            assertEquals(i, g.index(g.position(i)));
        }
        assertEquals(List.of("precision.capGroup=2", "array.tileRows=64", "adc.bits=8"), g.sets(5));
    }

    private static List<String> problems(String... specs) {
        return assertThrows(ConfigException.class, () -> Grid.parse(List.of(specs))).problems();
    }

    @Test
    void badSpecsNameTheOptionTheValueAndWhatIsAllowed() {
        assertEquals(List.of("--vary precision.capGroup: must be KEY=V1,V2,... (e.g. --vary precision.capGroup=1,2,4,8)"),
                problems("precision.capGroup"));
        List<String> typo = problems("precision.capGrup=1,2");
        assertEquals(1, typo.size());
        assertTrue(typo.get(0).contains("unknown key precision.capGrup (did you mean precision.capGroup?)"), typo.get(0));
        assertEquals(List.of("--vary array.tileRows=64,abc: abc is not a value of array.tileRows, which must be an "
                + "integer in 1..8192"), problems("array.tileRows=64,abc"));
        assertTrue(problems("array.tileRows=64,,128").get(0).contains("an empty value"));
        assertTrue(problems("array.tileRows=64,64").get(0).contains("64 is listed twice"));
        assertTrue(problems("adc.bits=6", "adc.bits=8").get(0).contains("adc.bits is varied twice"));
        assertTrue(problems().get(0).contains("no axis given"));
        // Every bad --vary is reported in one round.
        assertEquals(2, problems("nope=1", "adc.bits=x").size());
    }

    @Test
    void outOfRangeValuesAreLeftToThePoints() {
        // 0 is an integer, so the grid takes it; the loader rejects the point, which the sweep reports.
        assertEquals(2, Grid.parse(List.of("array.tileRows=0,8")).size());
    }

    @Test
    void aHugeGridSaturatesInsteadOfOverflowing() {
        List<String> specs = new ArrayList<>();
        String thousand = String.join(",", java.util.stream.IntStream.range(0, 1000).mapToObj(Integer::toString)
                .toList());
        specs.add("nonideal.seed=" + thousand);
        specs.add("array.cols=" + String.join(",", java.util.stream.IntStream.range(1, 1001)
                .mapToObj(Integer::toString).toList()));
        specs.add("array.rows=" + String.join(",", java.util.stream.IntStream.range(2, 1002)
                .mapToObj(Integer::toString).toList()));
        specs.add("technology.unitCapFf=" + String.join(",", java.util.stream.IntStream.range(1, 1001)
                .mapToObj(i -> Double.toString(i / 100.0)).toList()));
        specs.add("timing.clockMHz=" + String.join(",", java.util.stream.IntStream.range(1, 1001)
                .mapToObj(Integer::toString).toList()));
        specs.add("technology.tempC=" + String.join(",", java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> Double.toString(i / 10.0)).toList()));
        specs.add("technology.vdd=" + String.join(",", java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> Double.toString(0.5 + i / 1000.0)).toList()));
        assertEquals(Long.MAX_VALUE, Grid.parse(specs).size());
    }
}
