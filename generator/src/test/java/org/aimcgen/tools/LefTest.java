package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.LefEmitter;
import org.aimcgen.emit.LefLayers;
import org.aimcgen.model.estimate.Estimator;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.SupplyPins;
import org.aimcgen.rtl.MacroPorts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LEF abstract as KLayout reads it (batch mode, src/test/resources/klayout/lef_pins.py):
 * the outline against the area model, every pin of the port list and every supply, each
 * signal pin on its documented edge, the supplies on the power layer and clear of the
 * obstructions, the capacitor array obstructed on the power layer too.
 */
class LefTest {
    record Box(String layer, double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return layer.equals(o.layer) && x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "sky130-256x64.yaml"})
    void klayoutReadsTheAbstract(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path lef = TestSupport.repoRoot().resolve(LefEmitter.file(cfg));
        Path script = TestSupport.repoRoot().resolve("generator/src/test/resources/klayout/lef_pins.py");
        TestSupport.Run run = TestSupport.run(TestSupport.repoRoot(), 120, "env", "QT_QPA_PLATFORM=offscreen",
                "klayout", "-b", "-r", script.toString(), "-rd", "lef=" + lef);
        assertEquals(0, run.exit(), run.output());
        assertFalse(run.output().contains("ERROR"), run.output());
        Box cell = null;
        Map<String, Box> pins = new TreeMap<>();
        List<Box> obstructions = new ArrayList<>();
        for (String line : run.output().split("\n")) {
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "cell" -> cell = box(f[1], f, 2);
                case "pin" -> pins.put(f[1], box(f[2], f, 3));
                case "obs" -> obstructions.add(box(f[1], f, 2));
                default -> { }
            }
        }
        assertTrue(cell != null && cell.layer().equals(cfg.name()), run.output());
        LefLayers layers = LefLayers.of(cfg);
        double w = cell.x1();
        double h = cell.y1();
        // The area model's area, square, snapped up to the placement grid: at most one site and one row more.
        double area = Estimator.estimate(cfg, 0.0).areaMm2() * 1e6;
        double side = Math.sqrt(area);
        assertTrue(w * h >= area, w + " x " + h + " < " + area);
        assertTrue(w < side + layers.siteWidthUm() + 1e-6 && h < side + layers.rowHeightUm() + 1e-6, w + " x " + h);
        assertEquals(0.0, Math.IEEEremainder(w, layers.siteWidthUm()), 1e-6, "width on the site grid");
        assertEquals(0.0, Math.IEEEremainder(h, layers.rowHeightUm()), 1e-6, "height on the row grid");

        TreeSet<String> expected = new TreeSet<>();
        for (Port p : MacroPorts.topPorts(cfg).ports()) {
            for (int b = 0; b < p.width(); b++) {
                expected.add(p.vector() ? p.name() + "[" + b + "]" : p.name());
            }
        }
        SupplyPins.of(cfg).forEach(s -> expected.add(s.name()));
        assertEquals(expected, new TreeSet<>(pins.keySet()));

        for (Map.Entry<String, Box> e : pins.entrySet()) {
            String name = e.getKey();
            Box b = e.getValue();
            boolean supply = SupplyPins.of(cfg).stream().anyMatch(s -> s.name().equals(name));
            if (supply) {
                assertEquals(layers.powerLayer(), b.layer(), name);
            } else if (name.startsWith("act_")) {
                assertEquals(0.0, b.x0(), 1e-9, name + " on the west edge (row drivers)");
            } else if (name.startsWith("res_")) {
                assertEquals(0.0, b.y0(), 1e-9, name + " on the south edge (results)");
            } else if (name.startsWith("wt_")) {
                assertEquals(h, b.y1(), 1e-9, name + " on the north edge (weight port)");
            } else {
                assertEquals(w, b.x1(), 1e-9, name + " on the east edge (host bus, clk, reset)");
            }
            for (Box o : obstructions) {
                assertFalse(o.overlaps(b), name + " under an obstruction on " + b.layer());
            }
        }
        if (cfg.node().equals("130nm")) {
            assertEquals("met4", layers.powerLayer(), "SKY130's power grid straps");
        }
        // The capacitor array is obstructed on the power layer: no strap over it.
        assertTrue(obstructions.stream().anyMatch(o -> o.layer().equals(layers.powerLayer())), obstructions.toString());
        for (String capLayer : layers.capLayers()) {
            assertTrue(obstructions.stream().anyMatch(o -> o.layer().equals(capLayer)), capLayer);
        }
    }

    private static Box box(String layer, String[] f, int i) {
        return new Box(layer, Double.parseDouble(f[i]), Double.parseDouble(f[i + 1]), Double.parseDouble(f[i + 2]),
                Double.parseDouble(f[i + 3]));
    }
}
