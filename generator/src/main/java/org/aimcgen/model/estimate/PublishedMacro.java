package org.aimcgen.model.estimate;

import java.util.List;

/**
 * Figures of published analog CIM macros (../shared/REFERENCE.md of the project's design
 * notes; docs/CALIBRATION.md cites the papers): the two the estimate is calibrated on, and
 * others for the datasheet's comparison table. NaN where the paper gives no figure.
 *
 * @param name            the macro as its paper names it
 * @param source          venue and identifier
 * @param node            technology
 * @param preset          the aimcgen preset built after it, or empty
 * @param tops            throughput, TOPS
 * @param topsPerW        energy efficiency, TOPS/W
 * @param latencyNs       per VMM, ns
 * @param densityKbPerMm2 weight density
 * @param errorPct        total computing error, %
 * @param note            conditions of the figures
 */
public record PublishedMacro(String name, String source, String node, String preset, double tops, double topsPerW,
        double latencyNs, double densityKbPerMm2, double errorPct, String note) {

    public static final PublishedMacro AIDAC = new PublishedMacro("AiDAC", "arXiv 2312.11836", "28 nm",
            "aidac-1024x256", 26.2, 123.8, 20.0, Double.NaN, 0.79,
            "1024 x 256, 8-bit inputs and weights, simulated; error < 0.79 %, latency < 20 ns per VMM");
    public static final PublishedMacro PICO_RAM = new PublishedMacro("PICO-RAM", "arXiv 2407.12829, JSSC 2025",
            "65 nm", "picoram-4b", 0.0038, 40.2, Double.NaN, 559.0, Double.NaN,
            "4-bit inputs and weights; 40.2 TOPS/W and 3.8 GOPS at 0.65 V; 559 Kb/mm2 with periphery");
    public static final PublishedMacro CAP_RAM = new PublishedMacro("CAP-RAM", "JSSC 2021", "65 nm", "", 0.573,
            49.4, Double.NaN, Double.NaN, Double.NaN, "512 x 128, 7-bit ADC");
    public static final PublishedMacro SINANGIL = new PublishedMacro("Sinangil et al.", "JSSC 2021", "7 nm", "",
            0.372, 351.0, Double.NaN, Double.NaN, Double.NaN, "");
    public static final PublishedMacro INTEL_C2C = new PublishedMacro("Intel C-2C", "JSSC 2023", "22 nm", "",
            Double.NaN, 32.2, Double.NaN, Double.NaN, Double.NaN, "8-bit");

    /** Every macro of the comparison table, the calibration pair first. */
    public static List<PublishedMacro> all() {
        return List.of(AIDAC, PICO_RAM, CAP_RAM, SINANGIL, INTEL_C2C);
    }
}
