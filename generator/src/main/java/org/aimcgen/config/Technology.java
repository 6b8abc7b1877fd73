package org.aimcgen.config;

import java.util.Map;

/**
 * Figures of a process node that the generator needs: nominal supply, threshold voltage and
 * the nominal ring-oscillator frequency of the time-domain ADC (a 4-stage differential ring
 * of the node's standard cells at nominal supply, 27 C). They set the TDC resolution, the
 * default conversion window, the generated clock in the SDC, and the PVT laws of the
 * analog models (docs/ANALOG_MODELS.md gives the sources and reasoning).
 */
public record Technology(String node, double roMHz, double vddNominal, double vthNominal, double settleNs) {
    private static final Map<String, Technology> NODES = Map.of(
            "22nm", new Technology("22nm", 6000.0, 0.8, 0.33, 1.0),
            "28nm", new Technology("28nm", 5000.0, 0.9, 0.35, 1.0),
            "40nm", new Technology("40nm", 3500.0, 1.0, 0.38, 1.5),
            "65nm", new Technology("65nm", 1200.0, 1.2, 0.42, 2.0),
            "90nm", new Technology("90nm", 900.0, 1.2, 0.45, 3.0),
            // SkyWater SKY130 (sky130_fd_sc_hd): the 1.8 V core device, and the oscillator
            // derived from the vendored Liberty (SKY130_RING_STAGE, docs/ANALOG_MODELS.md).
            "130nm", new Technology("130nm", 279.0, 1.8, 0.50, 4.0),
            "180nm", new Technology("180nm", 400.0, 1.8, 0.55, 6.0));

    /**
     * The 130 nm ring's stage: a delay buffer of the SKY130 high-density library, four of
     * them in a differential ring (period = 8 stage delays). A ring of the library's
     * inverters would run at about 3.3 GHz, faster than its flops can count; the slowest
     * delay buffer keeps the oscillator domain within what the library closes at the fastest
     * corner (the next faster one, clkdlybuf4s25, failed make sta by 0.32 ns there).
     * TechnologyTest re-derives the frequency from the vendored Liberty.
     */
    public static final String SKY130_RING_STAGE = "sky130_fd_sc_hd__clkdlybuf4s50_1";

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

    // ---- PVT laws (docs/ANALOG_MODELS.md); model/AnalogModel and the Verilog models use them

    public static final double KELVIN = 273.15;
    public static final double NOMINAL_TEMP_C = 27.0;
    /** Alpha-power-law exponent of the ring oscillator's inverters. */
    public static final double ALPHA_RO = 1.3;
    /**
     * The VTC ramp current is ratio-metric: mirrored from the oscillator's bias, so it follows
     * the oscillator's law (docs/ANALOG_MODELS.md, "Voltage-to-time conversion").
     */
    public static final double ALPHA_VTC = ALPHA_RO;
    /**
     * What the mirror does not track: its output conductance moves the ramp current by this
     * fraction per volt of supply away from nominal (a cascoded mirror; 2 %/V).
     */
    public static final double RAMP_MIRROR_PER_V = 0.02;
    /** The lowest supply the conversion is designed for (PICO-RAM's range: 0.65 to 1.2 V). */
    public static final double LOWEST_SUPPLY_V = 0.65;
    /** The highest supply of that range. */
    public static final double HIGHEST_SUPPLY_V = 1.2;
    /** A node whose nominal supply lies above that range is checked within this share of it. */
    public static final double SUPPLY_TOLERANCE = 0.10;

    /**
     * The lowest supply the conversion is designed and checked for: PICO-RAM's 0.65 V where
     * the node's nominal supply lies in its 0.65 to 1.2 V range, else the nominal less 10 %
     * (SKY130's 1.8 V devices: 1.62 V).
     */
    public double vddLow() {
        return vddNominal <= HIGHEST_SUPPLY_V ? LOWEST_SUPPLY_V : centivolts((1.0 - SUPPLY_TOLERANCE) * vddNominal);
    }

    /** The highest supply checked: 1.2 V, or the nominal plus 10 % above that range. */
    public double vddHigh() {
        return vddNominal <= HIGHEST_SUPPLY_V ? HIGHEST_SUPPLY_V : centivolts((1.0 + SUPPLY_TOLERANCE) * vddNominal);
    }

    /** A supply as a setting reads: to the nearest 10 mV (1.98 V, not 1.9800000000000002). */
    private static double centivolts(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
    /** Mobility temperature exponent. */
    public static final double MOBILITY_EXPONENT = 1.5;
    /** Threshold-voltage temperature coefficient, V/K (it falls as temperature rises). */
    public static final double VTH_TEMPCO = 1.0e-3;

    /** Drive strength relative to nominal: alpha-power law with Vth and mobility vs temperature. */
    public double driveStrength(double vdd, double tempC, double alpha) {
        double tK = tempC + KELVIN;
        double tNomK = NOMINAL_TEMP_C + KELVIN;
        double vth = vthNominal - VTH_TEMPCO * (tempC - NOMINAL_TEMP_C);
        double overdrive = Math.max(vdd - vth, 1e-3) / (vddNominal - vthNominal);
        return Math.pow(overdrive, alpha) * Math.pow(tNomK / tK, MOBILITY_EXPONENT);
    }

    /**
     * The VTC ramp's slope relative to nominal: the oscillator's drive strength (the ramp
     * current is mirrored from its bias) times the mirror's residue. The ramp and the group
     * voltage both scale with VDD, and the TDC step with VDD / drive, so the code gain is
     * flat to within the residue.
     */
    public double rampSlopeFactor(double vdd, double tempC) {
        return driveStrength(vdd, tempC, ALPHA_VTC) * (1.0 + RAMP_MIRROR_PER_V * (vdd - vddNominal));
    }

    /** Ring-oscillator period at a supply and temperature, ns: a stage delay goes as C VDD / I. */
    public double roPeriodNs(double vdd, double tempC) {
        return roPeriodPs() / 1000.0 * (vdd / vddNominal) / driveStrength(vdd, tempC, ALPHA_RO);
    }
}
