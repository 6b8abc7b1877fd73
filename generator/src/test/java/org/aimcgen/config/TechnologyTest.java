package org.aimcgen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The 130 nm oscillator is derived from the vendored SKY130 Liberty, not assumed: a
 * 4-stage differential ring of {@link Technology#SKY130_RING_STAGE}, each stage driving the
 * next one's input and 1 fF of wire at the output slew it makes itself; period = 8 stage
 * delays (docs/ANALOG_MODELS.md, "Technology figures"). The tables are interpolated here,
 * independently of the generator.
 */
class TechnologyTest {
    /** Wire load of a ring stage, pF. */
    static final double WIRE_PF = 0.001;

    @Test
    void sky130OscillatorFollowsTheLibrarysDelayCell() throws IOException {
        String lib = library();
        double stage = stageDelayNs(lib, Technology.SKY130_RING_STAGE);
        double mhz = 1000.0 / (8 * stage);
        assertEquals(mhz, Technology.of("130nm").roMHz(), 0.01 * mhz, "stage " + stage + " ns");
        // A ring of plain inverters would be several times faster: the delay cell is a choice.
        assertTrue(stageDelayNs(lib, "sky130_fd_sc_hd__inv_1") < stage / 4);
        assertEquals(1.8, Technology.of("130nm").vddNominal(), 0.0, "the library's core supply");
    }

    /**
     * The supply grid of a node: PICO-RAM's 0.65 to 1.2 V where the nominal lies in it, the
     * nominal +-10 % above it (SKY130's 1.8 V devices do not run at 0.65 V).
     */
    @Test
    void supplyRangeFollowsTheNode() {
        Technology n28 = Technology.of("28nm");
        assertEquals(0.65, n28.vddLow(), 0.0);
        assertEquals(1.2, n28.vddHigh(), 0.0);
        Technology sky = Technology.of("130nm");
        assertEquals(1.62, sky.vddLow(), 0.0);
        assertEquals(1.98, sky.vddHigh(), 0.0);
        assertEquals(List.of(1.62, 1.8, 1.98), PvtCorners.grid(sky).stream().limit(3).map(PvtCorners.Corner::vdd)
                .toList());
    }

    static String library() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestSupport.repoRoot().resolve("third_party/sky130_fd_sc_hd/sky130hd_tt.lib.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** Mean of rise and fall delay, ns, at the cell's own input capacitance plus the wire, at its own output slew. */
    static double stageDelayNs(String lib, String cell) {
        int start = lib.indexOf("cell (\"" + cell + "\")");
        assertTrue(start >= 0, cell + " in the library");
        int end = lib.indexOf("\n    cell (", start + 10);
        String text = lib.substring(start, end < 0 ? lib.length() : end);
        Matcher cap = Pattern.compile("capacitance : ([0-9.]+)").matcher(text);
        assertTrue(cap.find());
        double load = Double.parseDouble(cap.group(1)) + WIRE_PF;
        Table rise = table(text, "cell_rise");
        Table fall = table(text, "cell_fall");
        Table riseSlew = table(text, "rise_transition");
        Table fallSlew = table(text, "fall_transition");
        double slew = 0.05;
        for (int i = 0; i < 30; i++) {
            slew = (riseSlew.at(slew, load) + fallSlew.at(slew, load)) / 2;
        }
        return (rise.at(slew, load) + fall.at(slew, load)) / 2;
    }

    /** A 2-D NLDM table: index_1 input slew (ns), index_2 load (pF). */
    record Table(double[] slews, double[] loads, double[][] values) {
        double at(double slew, double load) {
            int a = lower(slews, slew);
            int b = lower(loads, load);
            double fa = (slew - slews[a]) / (slews[a + 1] - slews[a]);
            double fb = (load - loads[b]) / (loads[b + 1] - loads[b]);
            return values[a][b] * (1 - fa) * (1 - fb) + values[a][b + 1] * (1 - fa) * fb
                    + values[a + 1][b] * fa * (1 - fb) + values[a + 1][b + 1] * fa * fb;
        }

        private static int lower(double[] axis, double x) {
            int i = 0;
            while (i < axis.length - 2 && axis[i + 1] < x) {
                i++;
            }
            return i;
        }
    }

    static Table table(String cell, String kind) {
        int i = cell.indexOf(kind + " (\"del_1_7_7\")");
        assertTrue(i >= 0, kind);
        String block = cell.substring(i, cell.indexOf('}', i));
        double[] slews = numbers(group(block, "index_1\\(\"([^\"]*)\""));
        double[] loads = numbers(group(block, "index_2\\(\"([^\"]*)\""));
        Matcher rows = Pattern.compile("\"([^\"]*)\"").matcher(group(block, "values\\(((?s).*?)\\);"));
        List<double[]> values = new ArrayList<>();
        while (rows.find()) {
            values.add(numbers(rows.group(1)));
        }
        return new Table(slews, loads, values.toArray(new double[0][]));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    private static double[] numbers(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
    }
}
