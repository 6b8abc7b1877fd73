package org.aimcgen.config;

import java.util.Map;

/**
 * Figures of a process node that the generator needs before any analog model exists: the
 * nominal ring-oscillator frequency of the time-domain ADC (a 4-stage differential ring of
 * the node's standard cells at nominal supply, 27 C). They set the TDC resolution, the
 * default conversion window and the generated clock in the SDC.
 */
public record Technology(String node, double roMHz) {
    private static final Map<String, Double> RO_MHZ = Map.of(
            "22nm", 3000.0, "28nm", 2500.0, "40nm", 2000.0, "65nm", 1200.0,
            "90nm", 900.0, "130nm", 600.0, "180nm", 400.0);

    public static Technology of(String node) {
        Double mhz = RO_MHZ.get(node);
        if (mhz == null) {
            throw new IllegalArgumentException("no technology figures for " + node);
        }
        return new Technology(node, mhz);
    }

    public double roPeriodPs() {
        return 1e6 / roMHz;
    }
}
