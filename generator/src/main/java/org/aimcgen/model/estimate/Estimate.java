package org.aimcgen.model.estimate;

import java.util.Map;

/**
 * The analytic figures of a macro at its configured supply, temperature and clock: what
 * {@link Estimator} computes in milliseconds, without simulation. Energies in pJ, areas in
 * mm2, times in ns; the breakdowns are in a fixed order and sum to their totals.
 *
 * @param latencyNsPerVmm   start to done of one VMM: the sequencer's phases at the control clock
 * @param phaseNs           each sequencer phase's share of that latency, ns (DRIVE .. COMBINE)
 * @param throughputTops    2 rows cols / latency, 1e12 operations per second
 * @param energyPjPerVmm    energy of one VMM on the datasheet's workload
 * @param energyPj          that energy by block (capacitor drive, switches, ramp, comparators, ...)
 * @param efficiencyTopsPerW throughput per watt: operations per VMM over its energy
 * @param areaMm2           the macro: array, drivers, converters and control
 * @param areaPartsMm2      that area by block
 * @param densityKbPerMm2   weight bits per area (1 Kb = 1024 bits)
 * @param adcGatedFraction  share of the main comparators' oscillator cycles power-gated (0 to 1; 0 without dual threshold)
 * @param weightWritePj     energy to write one weight-port word
 * @param idlePjPerCycle    leakage and clock of the macro over one idle control cycle
 * @param controlCells      cells of the synthesized control logic (estimated)
 */
public record Estimate(double latencyNsPerVmm, Map<String, Double> phaseNs, double throughputTops,
        double energyPjPerVmm, Map<String, Double> energyPj, double efficiencyTopsPerW, double areaMm2,
        Map<String, Double> areaPartsMm2, double densityKbPerMm2, double adcGatedFraction, double weightWritePj,
        double idlePjPerCycle, double controlCells) {
}
