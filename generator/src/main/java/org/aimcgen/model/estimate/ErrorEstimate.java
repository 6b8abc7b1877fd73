package org.aimcgen.model.estimate;

import java.util.List;

/**
 * Computing error of a macro from the behavioural model (the Java model every simulator
 * matches bit for bit), over Monte Carlo seeds: each seed is another draw of mismatch,
 * offsets and noise, on the same stimulus.
 *
 * @param seeds            Monte Carlo seeds run (nonideal.seed, seed + 1, ...)
 * @param vmmsPerSeed      random VMMs per seed (after the offset calibration)
 * @param rmsPctFs         RMS error, % of the full-scale result
 * @param maxPctFs         largest |error|, % of the full-scale result
 * @param snrDb            RMS of the ideal results over RMS of their errors, dB
 * @param adcGatedFraction share of the main comparators' oscillator cycles gated (0 to 1), 0 without dual threshold
 * @param saturatedPct     results clipped by the combine, %
 * @param errorsPctFs      every result's error, % of full scale (for histograms)
 */
public record ErrorEstimate(int seeds, int vmmsPerSeed, double rmsPctFs, double maxPctFs, double snrDb,
        double adcGatedFraction, double saturatedPct, List<Double> errorsPctFs) {
}
