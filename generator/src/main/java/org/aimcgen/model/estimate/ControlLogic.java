package org.aimcgen.model.estimate;

import org.aimcgen.config.MacroConfig;

/**
 * Cells of the synthesized control RTL, estimated without synthesizing it (a sweep point is
 * never generated): the RTL replicates a TDC channel per column group and a row driver per
 * input bit of a row; the rest (sequencer, host interface, combine, weight writer) hardly
 * grows. The figures are the presets' yosys counts (make golden writes them to
 * rtl-out/NAME/synth/cells.txt), per replicated bit:
 * <ul>
 * <li>a channel (its leaf and its share of the bank) over its zero-code bits: 10.0 cells per
 * bit at aidac_1024x256 (130.6 cells, 13 bits) and picoram_4b (128.7 cells, 13 bits);</li>
 * <li>the row-driver control over rows x input bits: 2.0 at aidac_1024x256 and picoram_4b;</li>
 * <li>everything else: 2,089 to 2,829 cells over the presets; 2,350.</li>
 * </ul>
 * ControlLogicTest compares the model with every preset's committed count, so an RTL change
 * the model misses fails there.
 */
public final class ControlLogic {
    /** Cells per zero-code bit of a channel (counters, capture, zero code, gating counters). */
    public static final double CELLS_PER_CHANNEL_BIT = 10.0;
    /** Cells per input bit of a row (staging register and drive enable). */
    public static final double CELLS_PER_ROW_BIT = 2.0;
    /** Cells that do not scale: sequencer, host interface, combine, weight writer. */
    public static final double FIXED_CELLS = 2350.0;

    private ControlLogic() {
    }

    /** Estimated generic cells of the control RTL. */
    public static double cells(MacroConfig cfg) {
        return CELLS_PER_CHANNEL_BIT * cfg.channels() * cfg.zeroCodeBits()
                + CELLS_PER_ROW_BIT * cfg.rows() * cfg.inputBits() + FIXED_CELLS;
    }
}
