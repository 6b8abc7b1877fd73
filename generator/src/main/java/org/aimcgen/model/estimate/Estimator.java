package org.aimcgen.model.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Technology;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.model.SequencerModel;

/**
 * Throughput, energy, latency and area of a macro from its configuration: event counts of
 * one VMM on the datasheet's workload (uniform random inputs and weights) times per-node
 * constants ({@link NodeConstants}). Pure arithmetic, well under a millisecond; the
 * computing error and the gated fraction come from the behavioural model
 * ({@link ErrorRun}). docs/CALIBRATION.md derives every line.
 */
public final class Estimator {
    /** Share of the control cells that toggle in a control cycle of a VMM (assumed). */
    public static final double CONTROL_ACTIVITY = 0.10;
    /** Flops of a channel's counter that toggle per oscillator cycle counted (a binary counter: 2 on average). */
    public static final double COUNTER_TOGGLES_PER_CYCLE = 2.0;
    /** Channels one ring oscillator serves (PICO-RAM: one 8-phase ring per 8 local ADCs). */
    public static final int CHANNELS_PER_RING = 8;
    /**
     * A comparator decision costs F kT / sigma^2 VDD^2: its integration capacitance is set by
     * the input-referred noise sigma (kT/C), and it swings to the supply. F is the one energy
     * constant fitted to a published macro: AiDAC's 123.8 TOPS/W (docs/CALIBRATION.md). A
     * dynamic comparator's preamplifier and latch make F a few units; the fit lands there.
     */
    public static final double COMPARATOR_ENERGY_FACTOR = 3.2;
    /** The input-referred noise the early comparator is sized for, mV: its threshold sits a few of them above. */
    public static final double EARLY_NOISE_MV = 1.0;
    /** The ramp mirror's reference branch draws this share of the ramp current from the supply (assumed 1:4). */
    public static final double RAMP_REFERENCE_RATIO = 0.25;
    /** The lowest comparator noise the energy law is used at, mV (a noiseless comparator is not free). */
    public static final double MIN_NOISE_MV = 0.05;

    /** Keys of the energy and area breakdowns that other code reads. */
    public static final String ENERGY_MAIN_COMPARATORS = "main comparators";
    public static final String ENERGY_EARLY_COMPARATORS = "early comparators";
    public static final String AREA_ARRAY = "bit-cell array";
    public static final String AREA_DRIVERS = "row drivers";
    public static final String AREA_CONVERTERS = "converters (VTC, comparators, TDC)";
    public static final String AREA_CONTROL = "control logic";

    private Estimator() {
    }

    /**
     * The estimate of a macro, with the gated fraction the behavioural model gave (0 to 1;
     * ignored without dual threshold).
     */
    public static Estimate estimate(MacroConfig cfg, double gatedFraction) {
        NodeConstants k = NodeConstants.of(cfg.node());
        double gated = cfg.dualThreshold() ? Math.max(0.0, Math.min(1.0, gatedFraction)) : 0.0;
        Map<String, Double> phaseNs = phaseNs(cfg);
        double latencyNs = phaseNs.values().stream().mapToDouble(Double::doubleValue).sum();
        double ops = 2.0 * cfg.rows() * cfg.cols();
        double controlCells = ControlLogic.cells(cfg);
        Map<String, Double> energy = energyPj(cfg, k, phaseNs, latencyNs, gated, controlCells);
        double energyPj = energy.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> area = areaMm2(cfg, k, controlCells);
        double areaMm2 = area.values().stream().mapToDouble(Double::doubleValue).sum();
        double density = cfg.rows() * (double) cfg.cols() * cfg.weightBits() / 1024.0 / areaMm2;
        return new Estimate(latencyNs, phaseNs, ops / latencyNs * 1e-3, energyPj, energy, ops / energyPj,
                areaMm2, area, density, gated, weightWritePj(cfg, k, controlCells),
                leakageW(cfg, k, controlCells) * cfg.clockPeriodNs() * 1e3, controlCells);
    }

    /** Each sequencer phase of a VMM at the control clock, ns: its reset length, per plane where it repeats. */
    static Map<String, Double> phaseNs(MacroConfig cfg) {
        int[] cycles = SequencerModel.phaseCycles(cfg.defaultPhaseCycles(), cfg.inputPlanes());
        List<String> names = SequencerModel.phaseNames();
        Map<String, Double> phaseNs = new LinkedHashMap<>();
        for (int i = 0; i < cycles.length; i++) {
            phaseNs.put(names.get(i), cycles[i] * cfg.clockPeriodNs());
        }
        return phaseNs;
    }

    /** The energy of one VMM by block, pJ (docs/CALIBRATION.md, "What the estimate counts"). */
    private static Map<String, Double> energyPj(MacroConfig cfg, NodeConstants k, Map<String, Double> phaseNs,
            double latencyNs, double gated, double controlCells) {
        Technology t = cfg.technology();
        double vdd = cfg.vdd();
        double v2 = vdd * vdd;
        double supplyScale = v2 / (t.vddNominal() * t.vddNominal());
        double groupCells = groupCells(cfg);
        double cellCapFf = cfg.groupMax() * cfg.unitCapFf();
        double planes = cfg.inputPlanes();
        // A cell's group capacitors charge to the input's level where the weight bit is set:
        // C VDD V_x from the supply; on uniform data V_x averages VDD / 2, a bit is set half the time.
        double driveFj = groupCells * cellCapFf * v2 * 0.25 * planes;
        // Each weight bit's multiply switch and the group's share switch swing once per plane.
        double switchFj = groupCells * (cfg.capGroup() + 1) * k.switchGateFf() * v2 * planes;
        // The ramp discharges each group line from its mean level (VDD / 4 on uniform data);
        // the mirror's reference branch draws its share of that charge from the supply.
        double lineCapFf = cfg.tileRows() * cellCapFf;
        double vtcFj = cfg.channels() * (double) cfg.tiles() * lineCapFf * vdd * (vdd / 4) * RAMP_REFERENCE_RATIO;
        // A channel's comparators are clocked, one tile after the other, for the chain's mean length.
        double chainCycles = meanChainSteps(cfg) / MacroConfig.FINE_STEPS;
        double mainFj = cfg.channels() * chainCycles * (1.0 - gated) * decisionFj(cfg, cfg.comparatorNoiseMv());
        double earlyFj = cfg.dualThreshold() ? cfg.channels() * chainCycles * decisionFj(cfg, EARLY_NOISE_MV) : 0.0;
        // The macro top enables the rings while busy, but for COMBINE (ro_en): they run
        // through the analog phases too, which at a slow clock is most of their energy.
        double roCycles = (latencyNs - phaseNs.get("COMBINE")) / t.roPeriodNs(vdd, cfg.tempC());
        double ringFj = rings(cfg) * roCycles * 2 * MacroConfig.RO_TAPS * k.roStageFf() * v2;
        double counterFj = cfg.channels() * chainCycles * COUNTER_TOGGLES_PER_CYCLE * k.cellToggleFj() * supplyScale;
        double controlFj = controlCells * CONTROL_ACTIVITY * (latencyNs / cfg.clockPeriodNs()) * k.cellToggleFj()
                * supplyScale;
        double leakageFj = leakageW(cfg, k, controlCells) * latencyNs * 1e6;

        Map<String, Double> energy = new LinkedHashMap<>();
        energy.put("capacitor drive", driveFj / 1e3);
        energy.put("cell switches", switchFj / 1e3);
        energy.put("voltage-to-time ramp", vtcFj / 1e3);
        energy.put(ENERGY_MAIN_COMPARATORS, mainFj / 1e3);
        energy.put(ENERGY_EARLY_COMPARATORS, earlyFj / 1e3);
        energy.put("ring oscillators", ringFj / 1e3);
        energy.put("TDC counters", counterFj / 1e3);
        energy.put("control logic", controlFj / 1e3);
        energy.put("leakage", leakageFj / 1e3);
        return energy;
    }

    /** One comparator decision at input-referred noise sigma (mV), fJ: F kT / sigma^2 VDD^2. */
    private static double decisionFj(MacroConfig cfg, double noiseMv) {
        double kT = AnalogModel.BOLTZMANN * (cfg.tempC() + Technology.KELVIN);
        double sigma = Math.max(noiseMv, MIN_NOISE_MV) * 1e-3;
        return COMPARATOR_ENERGY_FACTOR * kT / (sigma * sigma) * cfg.vdd() * cfg.vdd() * 1e15;
    }

    /** The macro's area by block, mm2. */
    private static Map<String, Double> areaMm2(MacroConfig cfg, NodeConstants k, double controlCells) {
        double capUm2 = groupCells(cfg) * cfg.groupMax() * cfg.unitCapFf() / k.capFfPerUm2();
        // The MOM capacitors sit in the metal stack over the cells: the array is the larger of the two.
        double arrayUm2 = Math.max(bits(cfg) * k.bitCellUm2(), capUm2);
        double driverUm2 = cfg.rows() * (double) cfg.inputBits() * k.driverUm2PerBit();
        double adcUm2 = cfg.channels() * (double) cfg.tiles() * k.comparatorUm2()
                + cfg.channels() * (double) cfg.tdcCodeBits() * k.tdcUm2PerBit() + rings(cfg) * k.ringUm2();
        Map<String, Double> area = new LinkedHashMap<>();
        area.put(AREA_ARRAY, arrayUm2 * 1e-6);
        area.put(AREA_DRIVERS, driverUm2 * 1e-6);
        area.put(AREA_CONVERTERS, adcUm2 * 1e-6);
        area.put(AREA_CONTROL, controlCells * k.cellAreaUm2() * 1e-6);
        return area;
    }

    /**
     * Writing one weight-port word, pJ: each bit drives its bit line (a drain per row, about a
     * switch's gate capacitance) rail to rail, and the write path's control cells toggle.
     */
    private static double weightWritePj(MacroConfig cfg, NodeConstants k, double controlCells) {
        double v2 = cfg.vdd() * cfg.vdd();
        double vNom = cfg.technology().vddNominal();
        double wordBits = (double) cfg.weightWordCols() * cfg.weightBits();
        double bitLinesFj = wordBits * cfg.rows() * k.switchGateFf() * v2;
        double controlFj = controlCells * CONTROL_ACTIVITY * k.cellToggleFj() * v2 / (vNom * vNom);
        return (bitLinesFj + controlFj) / 1e3;
    }

    /** Leakage of the control cells and the bit cells, W (linear in the supply: the current is held). */
    private static double leakageW(MacroConfig cfg, NodeConstants k, double controlCells) {
        return (controlCells * k.cellLeakageNw() * 1e-9 + bits(cfg) * k.bitLeakagePa() * 1e-12)
                * (cfg.vdd() / cfg.technology().vddNominal());
    }

    /** Cells of each column group, reference columns included: rows x (cols + W) x groups. */
    private static double groupCells(MacroConfig cfg) {
        return (double) cfg.rows() * (cfg.cols() + cfg.referenceColumns()) * cfg.groups();
    }

    /** Weight bits stored, reference columns included. */
    private static double bits(MacroConfig cfg) {
        return (double) cfg.rows() * (cfg.cols() + cfg.referenceColumns()) * cfg.weightBits();
    }

    /** Ring oscillators: one per {@link #CHANNELS_PER_RING} channels. */
    private static int rings(MacroConfig cfg) {
        return (cfg.channels() + CHANNELS_PER_RING - 1) / CHANNELS_PER_RING;
    }

    /**
     * A chain's mean length on uniform random data, TDC steps: with range tracking the
     * tracked zero level (the deviations average out), else every tile's converter delay
     * plus half the full scale (offset-binary data sit at mid-range).
     */
    static double meanChainSteps(MacroConfig cfg) {
        return cfg.tracksReference() ? cfg.trackedZeroSteps()
                : cfg.tiles() * MacroConfig.VTC_DELAY_STEPS + cfg.adcFullScale() / 2.0;
    }
}
