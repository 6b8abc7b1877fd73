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
        Technology t = cfg.technology();
        double gated = cfg.dualThreshold() ? Math.max(0.0, Math.min(1.0, gatedFraction)) : 0.0;
        double vdd = cfg.vdd();
        double v2 = vdd * vdd;
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
        double groupCells = (double) (cfg.rows()) * (cfg.cols() + cfg.referenceColumns()) * cfg.groups();
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
        double kT = AnalogModel.BOLTZMANN * (cfg.tempC() + Technology.KELVIN);
        double sigma = Math.max(cfg.comparatorNoiseMv(), MIN_NOISE_MV) * 1e-3;
        double decisionFj = COMPARATOR_ENERGY_FACTOR * kT / (sigma * sigma) * v2 * 1e15;
        double earlyFj1 = COMPARATOR_ENERGY_FACTOR * kT / Math.pow(EARLY_NOISE_MV * 1e-3, 2) * v2 * 1e15;
        // A channel's comparators are clocked, one tile after the other, for the chain's mean length.
        double chainCycles = meanChainSteps(cfg) / MacroConfig.FINE_STEPS;
        double mainFj = cfg.channels() * chainCycles * (1.0 - gated) * decisionFj;
        double earlyFj = cfg.dualThreshold() ? cfg.channels() * chainCycles * earlyFj1 : 0.0;
        double roPeriodNs = t.roPeriodNs(vdd, cfg.tempC());
        // The macro top enables the rings while busy, but for COMBINE (ro_en): they run
        // through the analog phases too, which at a slow clock is most of their energy.
        double roCycles = (latencyNs - phaseNs.get("COMBINE")) / roPeriodNs;
        int rings = (cfg.channels() + CHANNELS_PER_RING - 1) / CHANNELS_PER_RING;
        double ringFj = rings * roCycles * 2 * MacroConfig.RO_TAPS * k.roStageFf() * v2;
        double counterFj = cfg.channels() * chainCycles * COUNTER_TOGGLES_PER_CYCLE * k.cellToggleFj() * supplyScale;
        double controlCells = ControlLogic.cells(cfg);
        double latencyCycles = latencyNs / cfg.clockPeriodNs();
        double controlFj = controlCells * CONTROL_ACTIVITY * latencyCycles * k.cellToggleFj() * supplyScale;
        double bits = (double) cfg.rows() * (cfg.cols() + cfg.referenceColumns()) * cfg.weightBits();
        double leakageW = (controlCells * k.cellLeakageNw() * 1e-9 + bits * k.bitLeakagePa() * 1e-12)
                * (vdd / t.vddNominal());
        double leakageFj = leakageW * latencyNs * 1e-9 * 1e15;

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
        double energyPj = energy.values().stream().mapToDouble(Double::doubleValue).sum();
        double efficiency = ops / (energyPj * 1e-12) * 1e-12;

        // ---- area, um2
        double capUm2 = groupCells * cellCapFf / k.capFfPerUm2();
        // The MOM capacitors sit in the metal stack over the cells: the array is the larger of the two.
        double arrayUm2 = Math.max(bits * k.bitCellUm2(), capUm2);
        double driverUm2 = cfg.rows() * (double) cfg.inputBits() * k.driverUm2PerBit();
        double adcUm2 = cfg.channels() * (double) cfg.tiles() * k.comparatorUm2()
                + cfg.channels() * (double) cfg.tdcCodeBits() * k.tdcUm2PerBit() + rings * k.ringUm2();
        double controlUm2 = controlCells * k.cellAreaUm2();
        Map<String, Double> areaParts = new LinkedHashMap<>();
        areaParts.put(AREA_ARRAY, arrayUm2 * 1e-6);
        areaParts.put(AREA_DRIVERS, driverUm2 * 1e-6);
        areaParts.put(AREA_CONVERTERS, adcUm2 * 1e-6);
        areaParts.put(AREA_CONTROL, controlUm2 * 1e-6);
        double areaMm2 = areaParts.values().stream().mapToDouble(Double::doubleValue).sum();
        double density = cfg.rows() * (double) cfg.cols() * cfg.weightBits() / 1024.0 / areaMm2;

        double wordBits = (double) cfg.weightWordCols() * cfg.weightBits();
        double writePj = (wordBits * 2 * k.switchGateFf() * 4 * v2 + controlCells * CONTROL_ACTIVITY * k.cellToggleFj()
                * supplyScale) / 1e3;
        double idlePj = leakageW * cfg.clockPeriodNs() * 1e-9 * 1e12;
        return new Estimate(latencyNs, phaseNs, throughputTops, energyPj, energy, efficiency, areaMm2, areaParts,
                density, gated, writePj, idlePj, controlCells);
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
