package org.aimcgen.model.estimate;

import org.aimcgen.config.MacroConfig;

/**
 * Cells of the synthesized control RTL, estimated without synthesizing it: a linear model
 * in what the RTL replicates (a TDC channel per column and group, a row driver per input
 * bit of a row, a combine per column) fitted by least squares to the yosys cell counts
 * make golden writes for the presets (rtl-out/NAME/synth/cells.txt). ControlLogicTest
 * refits it from those files, so a change of the RTL that the model misses fails there.
 */
public final class ControlLogic {
    /** Cells per TDC code bit of a channel (counters, capture, zero code, gating counters). */
    public static final double CELLS_PER_CHANNEL_BIT = 8.0;
    /** Cells per input bit of a row (staging register and drive enable). */
    public static final double CELLS_PER_ROW_BIT = 2.0;
    /** Cells per output bit of a column (combine and readout mux). */
    public static final double CELLS_PER_COLUMN_BIT = 1.0;
    /** Cells that do not scale: sequencer, host interface, weight writer. */
    public static final double FIXED_CELLS = 1500.0;

    private ControlLogic() {
    }

    /** The regressors of the model, in the order of the coefficients. */
    public static double[] features(MacroConfig cfg) {
        return new double[] {(double) cfg.channels() * cfg.zeroCodeBits(), (double) cfg.rows() * cfg.inputBits(),
                (double) cfg.cols() * cfg.outputBits(), 1.0};
    }

    public static double[] coefficients() {
        return new double[] {CELLS_PER_CHANNEL_BIT, CELLS_PER_ROW_BIT, CELLS_PER_COLUMN_BIT, FIXED_CELLS};
    }

    /** Estimated generic cells of the control RTL. */
    public static double cells(MacroConfig cfg) {
        double[] f = features(cfg);
        double[] k = coefficients();
        double sum = 0.0;
        for (int i = 0; i < f.length; i++) {
            sum += f[i] * k[i];
        }
        return sum;
    }
}
