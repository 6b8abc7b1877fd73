package org.aimcgen.model.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Technology;
import org.aimcgen.model.SequencerModel;

/**
 * Throughput, energy, latency and area of a macro from its configuration: event counts of
 * one VMM on the datasheet's workload (uniform random inputs and weights) times per-node
 * constants ({@link NodeConstants}). Pure arithmetic, well under a millisecond; the
 * computing error and the gated fraction come from the behavioural model
 * ({@link ErrorRun}). docs/CALIBRATION.md derives every line.
 */
public final class Estimator {
    /** Share of the control cells that toggle in a control cycle of a VMM. */
    public static final double CONTROL_ACTIVITY = 0.10;
    /** Flops of a channel's counter that toggle per oscillator cycle counted (a binary counter: 2 on average). */
    public static final double COUNTER_TOGGLES_PER_CYCLE = 2.0;
    /** Channels one ring oscillator serves (PICO-RAM: one 8-phase ring per 8 local ADCs). */
    public static final int CHANNELS_PER_RING = 8;

    private Estimator() {
    }

    /**
     * The estimate of a macro, with the gated fraction the behavioural model gave (0 to 1;
     * ignored without dual threshold).
     */
    public static Estimate estimate(MacroConfig cfg, double gatedFraction) {
        NodeConstants k = NodeConstants.of(cfg.node());
        Technology t = cfg.technology();
        double gated = cfg.dualThreshold() ? Math.max(0.0, Math.min(1.0, gatedFraction)) : 0.0;
        double v2 = cfg.vdd() * cfg.vdd();
        double supplyScale = v2 / (t.vddNominal() * t.vddNominal());

        // ---- latency: the sequencer's phases at the control clock
        int[] cycles = SequencerModel.phaseCycles(cfg.defaultPhaseCycles(), cfg.inputPlanes());
        Map<String, Double> phaseNs = new LinkedHashMap<>();
        List<String> names = SequencerModel.phaseNames();
        double latencyNs = 0.0;
        for (int i = 0; i < cycles.length; i++) {
            double ns = cycles[i] * cfg.clockPeriodNs();
            phaseNs.put(names.get(i), ns);
            latencyNs += ns;
        }
        double ops = 2.0 * cfg.rows() * cfg.cols();
        double throughputTops = ops / latencyNs * 1e-3;

        // ---- energy of one VMM, fJ
        double cells = (double) cfg.rows() * cfg.cols() * cfg.groups();
        double cellCapFf = cfg.groupMax() * cfg.unitCapFf();
        double planes = cfg.inputPlanes();
        // A cell's group capacitors charge to the input's level when the weight bit is set:
        // C VDD V_x from the supply; on uniform data V_x averages VDD / 2 and a bit is set half the time.
        double driveFj = cells * cellCapFf * v2 * 0.25 * planes;
        // Each weight bit's multiply switch and the group's share switch toggle once per plane.
        double switchFj = cells * (cfg.capGroup() + 1) * k.switchGateFf() * v2 * planes;
        // The ramp's mirror reference carries the output's current: a second C V VDD per tile group line.
        double lineCapFf = cfg.tileRows() * cellCapFf;
        double vtcFj = cfg.channels() * (double) cfg.tiles() * lineCapFf * v2 * 0.5;
        double roPeriodNs = t.roPeriodNs(cfg.vdd(), cfg.tempC());
        double convertNs = phaseNs.get("CONVERT");
        double roCycles = convertNs / roPeriodNs;
        double noiseScale = Math.pow(NodeConstants.REFERENCE_NOISE_MV / Math.max(cfg.comparatorNoiseMv(), 0.05), 2);
        double chainCycles = cfg.conversionSteps() / (double) MacroConfig.FINE_STEPS;
        // Each main comparator is clocked for its own tile's share of the chain, less what the gate saves.
        double mainCycles = cfg.channels() * chainCycles * (1.0 - gated);
        double comparatorFj = mainCycles * k.comparatorFj() * noiseScale * supplyScale;
        double earlyFj = cfg.dualThreshold()
                ? cfg.channels() * chainCycles * k.comparatorFj() * k.earlyComparatorShare() * supplyScale : 0.0;
        int rings = (cfg.channels() + CHANNELS_PER_RING - 1) / CHANNELS_PER_RING;
        double ringFj = rings * roCycles * 2 * MacroConfig.RO_TAPS * k.roStageFf() * v2;
        double counterFj = cfg.channels() * chainCycles * COUNTER_TOGGLES_PER_CYCLE * k.cellToggleFj() * supplyScale;
        double controlCells = ControlLogic.cells(cfg);
        double latencyCycles = latencyNs / cfg.clockPeriodNs();
        double controlFj = controlCells * CONTROL_ACTIVITY * latencyCycles * k.cellToggleFj() * supplyScale;
        double leakageFj = controlCells * k.cellLeakageNw() * latencyNs * 1e-3 * (cfg.vdd() / t.vddNominal()) * 1e3;

        Map<String, Double> energy = new LinkedHashMap<>();
        energy.put("capacitor drive", driveFj / 1e3);
        energy.put("cell switches", switchFj / 1e3);
        energy.put("voltage-to-time ramp", vtcFj / 1e3);
        energy.put("main comparators", comparatorFj / 1e3);
        energy.put("early comparators", earlyFj / 1e3);
        energy.put("ring oscillators", ringFj / 1e3);
        energy.put("TDC counters", counterFj / 1e3);
        energy.put("control logic", controlFj / 1e3);
        energy.put("leakage", leakageFj / 1e3);
        double energyPj = energy.values().stream().mapToDouble(Double::doubleValue).sum();
        double efficiency = ops / (energyPj * 1e-12) * 1e-12;

        // ---- area, um2
        double bits = (double) cfg.rows() * cfg.cols() * cfg.weightBits();
        double capUm2 = cells * cellCapFf / k.capFfPerUm2();
        // The MOM capacitors sit in the metal stack over the cells: the array is the larger of the two.
        double arrayUm2 = Math.max(bits * k.bitCellUm2(), capUm2)
                + cfg.rows() * (double) cfg.referenceColumns() * cfg.weightBits() * k.bitCellUm2();
        double driverUm2 = cfg.rows() * (double) cfg.inputBits() * k.driverUm2PerBit();
        double adcUm2 = cfg.channels() * (double) cfg.tiles() * k.comparatorUm2()
                + cfg.channels() * (double) cfg.tdcCodeBits() * k.tdcUm2PerBit() + rings * k.ringUm2();
        double controlUm2 = controlCells * k.cellAreaUm2();
        Map<String, Double> areaParts = new LinkedHashMap<>();
        areaParts.put("bit-cell array", arrayUm2 * 1e-6);
        areaParts.put("row drivers", driverUm2 * 1e-6);
        areaParts.put("converters (VTC, comparators, TDC)", adcUm2 * 1e-6);
        areaParts.put("control logic", controlUm2 * 1e-6);
        double areaMm2 = areaParts.values().stream().mapToDouble(Double::doubleValue).sum();
        double density = cfg.rows() * (double) cfg.cols() * cfg.weightBits() / 1024.0 / areaMm2;

        double wordBits = (double) cfg.weightWordCols() * cfg.weightBits();
        double writePj = (wordBits * 2 * k.switchGateFf() * 4 * v2 + controlCells * CONTROL_ACTIVITY * k.cellToggleFj()
                * supplyScale) / 1e3;
        double idlePj = controlCells * k.cellLeakageNw() * cfg.clockPeriodNs() * 1e-3 * (cfg.vdd() / t.vddNominal());
        return new Estimate(latencyNs, phaseNs, throughputTops, energyPj, energy, efficiency, areaMm2, areaParts,
                density, gated, writePj, idlePj, controlCells);
    }
}
