package org.aimcgen.model.estimate;

import java.util.List;
import java.util.Map;

/**
 * Per-node constants of the estimate, in one table, at the node's nominal supply and 27 C
 * (the estimator scales switching energies by (VDD / nominal)^2). docs/CALIBRATION.md lists
 * every value with its source; in short, each is one of
 * <ul>
 * <li><b>measured</b> on this project's own flow: the control cell area at 130 nm is the
 * mapped SKY130 area of the sky130 preset's control RTL (make sta) over its yosys cells;</li>
 * <li><b>published</b>: foundry and textbook figures (gate capacitance, MOM density);</li>
 * <li><b>fitted</b> to one published macro: the 65 nm bit cell, row driver and converter
 * areas to PICO-RAM's 559 Kb/mm2 and its area split (array 70.9 %, drivers 14.7 %, ADC
 * 4.6 %);</li>
 * <li><b>scaled</b> from another node by the square of the feature size (areas) or its
 * ratio (capacitances).</li>
 * </ul>
 * The comparator's energy is not per node: {@link Estimator#COMPARATOR_ENERGY_FACTOR}.
 *
 * @param node             technology.node
 * @param bitCellUm2       one SRAM bit with its share of the charge-domain MAC unit, um2
 * @param capFfPerUm2      MOM capacitor density of the metal stack over the array, fF/um2
 * @param switchGateFf     gate capacitance of a cell's multiply or share switch, fF
 * @param roStageFf        switched capacitance of one ring-oscillator phase node with its tap loads, fF
 * @param cellToggleFj     one output toggle of an average control cell with its wire, fJ
 * @param cellAreaUm2      an average control cell (a yosys generic cell, mapped), um2
 * @param cellLeakageNw    leakage of an average control cell, nW
 * @param bitLeakagePa     leakage of one bit cell, pA
 * @param driverUm2PerBit  a row driver's share per input bit, um2
 * @param comparatorUm2    a tile's main comparator with its TSPC latch, um2
 * @param tdcUm2PerBit     one TDC counter or capture bit of a channel, um2
 * @param ringUm2          one 4-stage differential ring with its phase buffers, um2
 */
public record NodeConstants(String node, double bitCellUm2, double capFfPerUm2, double switchGateFf,
        double roStageFf, double cellToggleFj, double cellAreaUm2, double cellLeakageNw, double bitLeakagePa,
        double driverUm2PerBit, double comparatorUm2, double tdcUm2PerBit, double ringUm2) {

    /**
     * Mapped area per yosys generic cell of the sky130 preset's control RTL: 162,536 um2
     * (make sta, sky130_fd_sc_hd, tt corner) over its 12,456 generic cells (synth/cells.txt).
     */
    public static final double SKY130_CELL_AREA_UM2 = 162_536.0 / 12_456.0;

    /** PICO-RAM (65 nm) fits; the other nodes scale them. */
    static final double PICO_BIT_CELL_UM2 = 0.63;
    static final double PICO_DRIVER_UM2_PER_BIT = 16.0;
    static final double PICO_COMPARATOR_UM2 = 10.0;
    static final double PICO_TDC_UM2_PER_BIT = 3.0;
    static final double PICO_RING_UM2 = 60.0;

    private static final Map<String, NodeConstants> TABLE = Map.of(
            "28nm", scaled("28nm", 28, 2.5, 0.10, 2.0, 0.8, 1.0, 20.0),
            "65nm", scaled("65nm", 65, 2.0, 0.25, 5.0, 2.2, 1.0, 50.0),
            "130nm", scaled("130nm", 130, 1.0, 0.60, 10.0, 9.0, 0.01, 5.0));

    /**
     * A node's row: the published and assumed figures given, the areas scaled from the
     * 65 nm fits (and from the measured SKY130 cell area) by the square of the feature size.
     */
    private static NodeConstants scaled(String node, double nm, double capFfPerUm2, double switchGateFf,
            double roStageFf, double cellToggleFj, double cellLeakageNw, double bitLeakagePa) {
        double a65 = (nm / 65.0) * (nm / 65.0);
        double a130 = (nm / 130.0) * (nm / 130.0);
        return new NodeConstants(node, PICO_BIT_CELL_UM2 * a65, capFfPerUm2, switchGateFf, roStageFf, cellToggleFj,
                SKY130_CELL_AREA_UM2 * a130, cellLeakageNw, bitLeakagePa, PICO_DRIVER_UM2_PER_BIT * a65,
                PICO_COMPARATOR_UM2 * a65, PICO_TDC_UM2_PER_BIT * a65, PICO_RING_UM2 * a65);
    }

    /** The constants of a node, or an exception naming the nodes that have them. */
    public static NodeConstants of(String node) {
        NodeConstants c = TABLE.get(node);
        if (c == null) {
            throw new IllegalArgumentException("the estimate has no constants for technology.node " + node
                    + "; it has them for " + String.join(", ", nodes()));
        }
        return c;
    }

    public static List<String> nodes() {
        return TABLE.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.replace("nm", "")))).toList();
    }

    /** Each constant with its unit and where its values come from (docs/CALIBRATION.md). */
    public static final List<String[]> SOURCES = List.of(
            new String[] {"bitCellUm2", "um2", "fitted at 65 nm: what PICO-RAM's 559 Kb/mm2 leaves for the array once"
                    + " the estimated periphery is subtracted (a 65 nm foundry 6T is about 0.52 um2, plus a ninth of"
                    + " a MAC unit); scaled by (L/65 nm)^2"},
            new String[] {"capFfPerUm2", "fF/um2", "published order of magnitude for stacked-finger MOM capacitors"
                    + " over an SRAM array: 2.5 (28 nm), 2.0 (65 nm), 1.0 (SKY130's five metals)"},
            new String[] {"switchGateFf", "fF", "gate capacitance of a minimum switch, about 1 fF per um of width"
                    + " at the node's minimum width"},
            new String[] {"roStageFf", "fF", "assumed: a differential stage's node with its tap buffer and the"
                    + " comparator latches it clocks"},
            new String[] {"cellToggleFj", "fJ", "C VDD^2 of a cell's output with its wire: about 1 fF at 28 nm,"
                    + " 1.5 fF at 65 nm, 2.8 fF (SKY130 hd, from its Liberty pin capacitances and wire load) at"
                    + " 130 nm"},
            new String[] {"cellAreaUm2", "um2", "measured at 130 nm: the sky130 preset's mapped control area (make"
                    + " sta, 162,536 um2) over its 12,456 yosys cells; scaled by (L/130 nm)^2"},
            new String[] {"cellLeakageNw", "nW", "assumed general-purpose logic (1 nW per cell); SKY130 hd's"
                    + " Liberty leakage is about 0.01 nW"},
            new String[] {"bitLeakagePa", "pA", "assumed SRAM cell leakage at nominal supply"},
            new String[] {"driverUm2PerBit", "um2", "fitted at 65 nm to PICO-RAM's drivers taking 14.7 % of its"
                    + " area; scaled by (L/65 nm)^2"},
            new String[] {"comparatorUm2", "um2", "fitted at 65 nm with tdcUm2PerBit and ringUm2 to PICO-RAM's"
                    + " ADC taking 4.6 % of its area; scaled by (L/65 nm)^2"},
            new String[] {"tdcUm2PerBit", "um2", "as comparatorUm2"},
            new String[] {"ringUm2", "um2", "as comparatorUm2"});

    /** The value of a constant by its name in {@link #SOURCES}. */
    public double value(String name) {
        return switch (name) {
            case "bitCellUm2" -> bitCellUm2;
            case "capFfPerUm2" -> capFfPerUm2;
            case "switchGateFf" -> switchGateFf;
            case "roStageFf" -> roStageFf;
            case "cellToggleFj" -> cellToggleFj;
            case "cellAreaUm2" -> cellAreaUm2;
            case "cellLeakageNw" -> cellLeakageNw;
            case "bitLeakagePa" -> bitLeakagePa;
            case "driverUm2PerBit" -> driverUm2PerBit;
            case "comparatorUm2" -> comparatorUm2;
            case "tdcUm2PerBit" -> tdcUm2PerBit;
            case "ringUm2" -> ringUm2;
            default -> throw new IllegalArgumentException("no node constant " + name);
        };
    }

    /** The table as docs/CALIBRATION.md shows it: a row per constant, a column per node. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("| constant | unit |");
        for (String n : nodes()) {
            sb.append(' ').append(n).append(" |");
        }
        sb.append(" source |\n|---|---|");
        sb.append("---|".repeat(nodes().size())).append("---|\n");
        for (String[] s : SOURCES) {
            sb.append("| ").append(s[0]).append(" | ").append(s[1]).append(" |");
            for (String n : nodes()) {
                sb.append(' ').append(Calibration.num(of(n).value(s[0]))).append(" |");
            }
            sb.append(' ').append(s[2]).append(" |\n");
        }
        return sb.toString();
    }
}
