package org.aimcgen.config;

import java.util.Map;

/**
 * Figures of a process node that the generator needs: nominal supply, threshold voltage and
 * the nominal ring-oscillator frequency of the time-domain ADC (a 4-stage differential ring
 * of the node's standard cells at nominal supply, 27 C). They set the TDC resolution, the
 * default conversion window, the generated clock in the SDC, and the PVT laws of the
 * analog models (docs/ANALOG_MODELS.md gives the sources and reasoning).
 */
public record Technology(String node, double roMHz, double vddNominal, double vthNominal) {
    private static final Map<String, Technology> NODES = Map.of(
            "22nm", new Technology("22nm", 3000.0, 0.8, 0.33),
            "28nm", new Technology("28nm", 2500.0, 0.9, 0.35),
            "40nm", new Technology("40nm", 2000.0, 1.0, 0.38),
            "65nm", new Technology("65nm", 1200.0, 1.2, 0.42),
            "90nm", new Technology("90nm", 900.0, 1.2, 0.45),
            "130nm", new Technology("130nm", 600.0, 1.2, 0.50),
            "180nm", new Technology("180nm", 400.0, 1.8, 0.55));

    public static Technology of(String node) {
        Technology t = NODES.get(node);
        if (t == null) {
            throw new IllegalArgumentException("no technology figures for " + node);
        }
        return t;
    }

    public double roPeriodPs() {
        return 1e6 / roMHz;
    }
}
