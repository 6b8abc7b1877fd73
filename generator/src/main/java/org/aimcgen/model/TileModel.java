package org.aimcgen.model;

import org.aimcgen.config.MacroConfig;

/**
 * Charge-domain arithmetic of one tile column, ideal capacitors (docs/ANALOG_MODELS.md,
 * "Charge domain"; steps 1 to 3). The Verilog-AMS tile template implements the same equation:
 *
 * <pre>
 *   V_g = VDD * sum_r x_r * w_{r,g} / (tileRows * (2^inputBits - 1) * (2^capGroup - 1))
 * </pre>
 * Row r's input code x_r charges x_r of its (2^inputBits - 1) unit capacitors to VDD (the
 * in-situ DAC); weight bit b gates that charge onto the line of bit b; the G lines of a
 * group share charge with binary capacitance ratios, giving the weighted group value
 * w_{r,g} = (w_r >> gG) & (2^G - 1). All inputs and weights at full scale give VDD.
 */
public final class TileModel {
    private TileModel() {
    }

    /** The weight bits of one capacitor group of a stored (offset-binary) weight code. */
    public static int groupValue(MacroConfig cfg, int storedWeight, int group) {
        return (storedWeight >> (group * cfg.capGroup())) & cfg.groupMax();
    }

    /**
     * Group voltages of one tile column.
     *
     * @param x input codes of the tile's rows, 0..2^inputBits-1
     * @param w stored weight codes of the tile's rows for this column, 0..2^weightBits-1
     */
    public static double[] groupVoltages(MacroConfig cfg, int[] x, int[] w) {
        if (x.length != cfg.tileRows() || w.length != cfg.tileRows()) {
            throw new IllegalArgumentException("need " + cfg.tileRows() + " rows");
        }
        double[] v = new double[cfg.groups()];
        double fullScale = (double) cfg.tileRows() * cfg.inputMax() * cfg.groupMax();
        for (int g = 0; g < cfg.groups(); g++) {
            long acc = 0;
            for (int r = 0; r < x.length; r++) {
                acc += (long) x[r] * groupValue(cfg, w[r], g);
            }
            v[g] = cfg.vdd() * acc / fullScale;
        }
        return v;
    }
}
