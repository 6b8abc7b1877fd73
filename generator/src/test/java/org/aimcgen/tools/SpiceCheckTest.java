package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.OutputWriter;
import org.aimcgen.emit.bench.SpiceVectors;
import org.junit.jupiter.api.Test;

/**
 * make spice on the tiny preset: ngspice runs the tile column, VTC, tracked VTC and time-chain netlists
 * over every vector at three corners, and each point lies within one ADC LSB of
 * AnalogModel. Then the same check must fail when the circuit changes (a share-line
 * parasitic the model leaves out) and when an expected value is off by two LSB.
 */
class SpiceCheckTest {
    private static final String PRESET = "tiny.yaml";

    private static Path generate(String work) throws Exception {
        MacroConfig cfg = TestSupport.preset(PRESET);
        Path root = TestSupport.workDir(work);
        OutputWriter.write(root, cfg, new Generator().generate(cfg));
        return root.resolve("sim").resolve(cfg.name());
    }

    @Test
    void everyPointWithinOneLsbOfTheModel() throws Exception {
        MacroConfig cfg = TestSupport.preset(PRESET);
        Path sim = generate("spice-tiny");
        TestSupport.Run run = TestSupport.run(sim, 300, "make", "-j3", "spice");
        assertEquals(0, run.exit(), "make spice:\n" + run.output());
        assertTrue(run.output().contains("spice: PASS"), run.output());
        int corners = 3;
        assertBlock(run.output(), "tile_column", corners * SpiceVectors.VECTORS * cfg.groups());
        assertBlock(run.output(), "vtc", corners * SpiceVectors.VECTORS);
        assertBlock(run.output(), "time_chain", corners * SpiceVectors.VECTORS);
        assertTrue(cfg.tracksReference(), "tiny tracks its reference (adc.rangeShift 1)");
        assertBlock(run.output(), "vtc_track", corners * SpiceVectors.VECTORS);
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "^spice: block=(\\w+) points=(\\d+) measured=(\\d+) max_dev_lsb=([0-9.]+)", Pattern.MULTILINE);

    /** The block's summary: every point measured, the largest deviation below one LSB. */
    private static void assertBlock(String output, String block, int points) {
        Matcher m = SUMMARY.matcher(output);
        while (m.find()) {
            if (m.group(1).equals(block)) {
                assertEquals(points, Integer.parseInt(m.group(2)), block + " points");
                assertEquals(points, Integer.parseInt(m.group(3)), block + " measured");
                double dev = Double.parseDouble(m.group(4));
                assertTrue(dev < 1.0, block + " deviation " + dev + " LSB");
                return;
            }
        }
        throw new AssertionError("no summary of " + block + ":\n" + output);
    }

    @Test
    void failsWhenTheCircuitOrTheModelDisagree() throws Exception {
        Path sim = generate("spice-tiny-fault");
        // A share-line parasitic of a tenth of the group capacitance: about 9 % low voltages.
        Path netlist = sim.resolve("spice/tile_column.cir");
        String text = Files.readString(netlist);
        assertTrue(text.contains(".param cline=0\n"), "the netlist names its share-line parasitic");
        Files.writeString(netlist, text.replace(".param cline=0\n", ".param cline=36f\n"));
        TestSupport.Run loaded = TestSupport.run(sim, 300, "make", "spice");
        assertNotEquals(0, loaded.exit(), "a loaded share line must fail:\n" + loaded.output());
        assertTrue(loaded.output().contains("spice: over one LSB: tile_column"), loaded.output());

        // The netlist as generated, against an expected pulse moved by two TDC steps.
        Files.writeString(netlist, text);
        Path expected = sim.resolve("spice/expected.txt");
        List<String> lines = Files.readAllLines(expected);
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith("vtc nominal 3 ")).findFirst().orElseThrow());
        String[] f = lines.get(i).split(" ");
        double moved = Double.parseDouble(f[4]) + 2 * Double.parseDouble(f[5]);
        lines.set(i, String.join(" ", f[0], f[1], f[2], f[3], Double.toString(moved), f[5]));
        Files.write(expected, lines);
        TestSupport.Run shifted = TestSupport.run(sim, 300, "make", "spice", "BUILD=build-shifted");
        assertNotEquals(0, shifted.exit(), "a point two LSB off must fail:\n" + shifted.output());
        assertTrue(shifted.output().contains("spice: over one LSB: vtc nominal 3 pulse"), shifted.output());
    }
}
