package org.aimcgen.model.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

/** The estimator's arithmetic: each law checked against a second way to the same number. */
class EstimatorTest {
    private static MacroConfig tiny(String... sets) {
        return Calibration.preset("tiny", List.of(sets));
    }

    private static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void throughputIsTwoOpsPerMacOverTheSequencersLatency() {
        MacroConfig cfg = Calibration.preset("aidac-1024x256", List.of());
        Estimate e = Estimator.estimate(cfg, 0.5);
        int cycles = 0;
        for (int c : cfg.defaultPhaseCycles()) {
            cycles += Math.max(c, 1);
        }
        double latency = cycles * 1000.0 / cfg.clockMHz();
        assertEquals(latency, e.latencyNsPerVmm(), 1e-9);
        assertEquals(2.0 * 1024 * 256 / latency / 1000.0, e.throughputTops(), 1e-9);
    }

    @Test
    void bitSerialInputsRepeatTheAnalogPhasesPerPlane() {
        Estimate parallel = Estimator.estimate(tiny(), 0.0);
        Estimate serial = Estimator.estimate(tiny("precision.inputBitSerial=true"), 0.0);
        MacroConfig cfg = tiny();
        double analog = parallel.phaseNs().get("DRIVE") + parallel.phaseNs().get("MULTIPLY")
                + parallel.phaseNs().get("SHARE");
        assertEquals(parallel.latencyNsPerVmm() + (cfg.inputBits() - 1) * analog, serial.latencyNsPerVmm(), 1e-9);
    }

    @Test
    void breakdownsAddUpToTheTotalsAndTheFiguresFollowFromThem() {
        for (String preset : List.of("tiny", "picoram-4b", "aidac-1024x256", "sky130-256x64")) {
            MacroConfig cfg = Calibration.preset(preset, List.of());
            Estimate e = Estimator.estimate(cfg, 0.6);
            assertEquals(sum(e.energyPj()), e.energyPjPerVmm(), 1e-9 * e.energyPjPerVmm(), preset);
            assertEquals(sum(e.areaPartsMm2()), e.areaMm2(), 1e-12, preset);
            double ops = 2.0 * cfg.rows() * cfg.cols();
            assertEquals(ops / (e.energyPjPerVmm() * 1e-12) / 1e12, e.efficiencyTopsPerW(), 1e-9, preset);
            assertEquals(cfg.rows() * (double) cfg.cols() * cfg.weightBits() / 1024 / e.areaMm2(),
                    e.densityKbPerMm2(), 1e-6, preset);
            e.energyPj().forEach((k, v) -> assertTrue(v >= 0, preset + " " + k + " " + v));
        }
    }

    @Test
    void gatingScalesTheMainComparatorsOnly() {
        MacroConfig cfg = tiny("adc.dualThreshold=true");
        Estimate open = Estimator.estimate(cfg, 0.0);
        Estimate gated = Estimator.estimate(cfg, 0.75);
        assertEquals(0.25 * open.energyPj().get(Estimator.ENERGY_MAIN_COMPARATORS),
                gated.energyPj().get(Estimator.ENERGY_MAIN_COMPARATORS), 1e-9);
        assertEquals(open.energyPj().get("capacitor drive"), gated.energyPj().get("capacitor drive"), 1e-12);
        // Without dual threshold there is nothing to gate and no early comparator.
        Estimate single = Estimator.estimate(tiny("adc.dualThreshold=false"), 0.75);
        assertEquals(0.0, single.adcGatedFraction());
        assertEquals(0.0, single.energyPj().get(Estimator.ENERGY_EARLY_COMPARATORS));
    }

    @Test
    void capacitorEnergyGoesWithTheArrayAndTheSupplySquared() {
        Estimate base = Estimator.estimate(tiny(), 0.0);
        Estimate wide = Estimator.estimate(tiny("macro.name=derived", "array.cols=8", "array.referenceColumns=" + tiny().referenceColumns()),
                0.0);
        MacroConfig t = tiny();
        double ratio = (8.0 + t.referenceColumns()) / (t.cols() + t.referenceColumns());
        assertEquals(ratio * base.energyPj().get("capacitor drive"), wide.energyPj().get("capacitor drive"), 1e-9);
        Estimate low = Estimator.estimate(tiny("technology.vdd=0.65"), 0.0);
        double s = 0.65 / t.vdd();
        assertEquals(s * s * base.energyPj().get("capacitor drive"), low.energyPj().get("capacitor drive"), 1e-9);
    }

    @Test
    void quieterComparatorsCostEnergyAsOneOverSigmaSquared() {
        Estimate loud = Estimator.estimate(tiny("nonideal.comparatorNoiseMv=0.3"), 0.0);
        Estimate quiet = Estimator.estimate(tiny("nonideal.comparatorNoiseMv=0.15"), 0.0);
        assertEquals(4.0 * loud.energyPj().get(Estimator.ENERGY_MAIN_COMPARATORS),
                quiet.energyPj().get(Estimator.ENERGY_MAIN_COMPARATORS), 1e-9);
    }

    @Test
    void aNodeWithoutConstantsIsNamedWithTheNodesThatHaveThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Estimator.estimate(tiny("technology.node=180nm"), 0.0));
        assertTrue(e.getMessage().contains("180nm") && e.getMessage().contains("28nm, 65nm"), e.getMessage());
    }

    @Test
    void largerMacrosHaveMoreAreaAndEnergy() {
        List<Double> areas = new ArrayList<>();
        for (String rows : List.of("16", "32", "64")) {
            areas.add(Estimator.estimate(tiny("macro.name=derived", "array.rows=" + rows), 0.0).areaMm2());
        }
        assertTrue(areas.get(0) < areas.get(1) && areas.get(1) < areas.get(2), areas.toString());
    }
}
