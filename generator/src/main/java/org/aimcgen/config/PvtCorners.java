package org.aimcgen.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The supply and temperature grid a macro is checked over: the nine corners of
 * 'aimcgen simulate --corners' (-40, 27, 105 C by the node's lowest, nominal and highest
 * supply: Technology.vddLow and vddHigh, 0.65 and 1.2 V but for nodes whose nominal supply
 * lies above that, SKY130's 1.8 V: 1.62 and 1.98 V). The SDC takes the oscillator clock at
 * the fastest of them.
 */
public final class PvtCorners {
    public static final double[] TEMPS_C = {-40.0, Technology.NOMINAL_TEMP_C, 105.0};

    /** One corner of the grid. */
    public record Corner(double vdd, double tempC) {
    }

    private PvtCorners() {
    }

    /** The nine corners, temperature outer, supply inner (low, nominal, high). */
    public static List<Corner> grid(Technology t) {
        List<Corner> out = new ArrayList<>();
        for (double temp : TEMPS_C) {
            for (double vdd : new double[] {t.vddLow(), t.vddNominal(), t.vddHigh()}) {
                out.add(new Corner(vdd, temp));
            }
        }
        return out;
    }

    /** The corner where the ring oscillator runs fastest (shortest period). */
    public static Corner fastestRo(Technology t) {
        Corner best = null;
        for (Corner c : grid(t)) {
            if (best == null || t.roPeriodNs(c.vdd(), c.tempC()) < t.roPeriodNs(best.vdd(), best.tempC())) {
                best = c;
            }
        }
        return best;
    }
}
