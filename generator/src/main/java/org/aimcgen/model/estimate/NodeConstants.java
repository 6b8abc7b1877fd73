package org.aimcgen.model.estimate;

import java.util.Map;

/**
 * Per-node constants of the estimate, in one table. Each figure is at the node's nominal
 * supply and 27 C; the estimator scales energies by (VDD / nominal)^2. docs/CALIBRATION.md
 * gives every value with its source, and says which ones were fitted to a published macro
 * (two: the comparator decision energy at 28 nm, fitted to AiDAC's 123.8 TOPS/W, and the
 * bit-cell area at 65 nm, fitted to PICO-RAM's 559 Kb/mm2 with its 70.9 % array share).
 *
 * @param node              technology.node
 * @param bitCellUm2        one SRAM bit with its share of the charge-domain MAC unit, um2
 * @param capFfPerUm2       MOM capacitor density of the metal stack over the array, fF/um2
 * @param switchGateFf      gate capacitance of one cell's drive or share switch, fF
 * @param comparatorFj      one main-comparator decision (one oscillator cycle clocked) at 0.3 mV input noise, fJ
 * @param earlyComparatorShare the early comparator's energy per cycle as a share of the main one's
 * @param roStageFf         switched capacitance of one ring-oscillator stage node, fF
 * @param cellToggleFj      one toggle of an average standard cell's output (with its wire), fJ
 * @param cellAreaUm2       an average control-logic cell (yosys generic cell, mapped), um2
 * @param cellLeakageNw     leakage of an average standard cell, nW
 * @param driverUm2PerBit   a row driver's share per input bit (level driver and its switches), um2
 * @param comparatorUm2     a main comparator with its early comparator and TSPC latch, um2
 * @param tdcUm2PerBit      a TDC counter or capture bit (flop and logic), um2
 * @param ringUm2           one ring oscillator with its phase buffers, um2
 * @param source            where the figures come from (see docs/CALIBRATION.md)
 */
public record NodeConstants(String node, double bitCellUm2, double capFfPerUm2, double switchGateFf,
        double comparatorFj, double earlyComparatorShare, double roStageFf, double cellToggleFj,
        double cellAreaUm2, double cellLeakageNw, double driverUm2PerBit, double comparatorUm2,
        double tdcUm2PerBit, double ringUm2, String source) {

    /** The noise the comparator energy is quoted at: energy goes as 1 / sigma^2 (kT/C of its integrator). */
    public static final double REFERENCE_NOISE_MV = 0.3;

    private static final Map<String, NodeConstants> TABLE = Map.of(
            "28nm", new NodeConstants("28nm", 0.30, 2.0, 0.10, 6.0, 0.10, 0.5, 0.30, 0.60, 0.5, 1.2, 12.0,
                    2.0, 40.0, "28 nm: ITRS/foundry bit cell, AiDAC energy fit"),
            "65nm", new NodeConstants("65nm", 1.00, 1.0, 0.25, 25.0, 0.10, 1.2, 1.20, 2.40, 1.0, 4.0, 40.0,
                    8.0, 150.0, "65 nm: PICO-RAM density fit"),
            "130nm", new NodeConstants("130nm", 2.50, 0.5, 0.60, 80.0, 0.10, 2.5, 5.00, 12.5, 0.2, 15.0, 150.0,
                    25.0, 600.0, "130 nm: SKY130 hd Liberty (vendored)"));

    /** The constants of a node, or an exception naming the nodes that have them. */
    public static NodeConstants of(String node) {
        NodeConstants c = TABLE.get(node);
        if (c == null) {
            throw new IllegalArgumentException("the estimate has no constants for technology.node " + node
                    + "; it has them for " + String.join(", ", nodes()));
        }
        return c;
    }

    public static java.util.List<String> nodes() {
        return TABLE.keySet().stream().sorted().toList();
    }
}
