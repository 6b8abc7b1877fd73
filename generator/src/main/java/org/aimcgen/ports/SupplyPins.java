package org.aimcgen.ports;

import java.util.List;

import org.aimcgen.config.MacroConfig;

/**
 * The macro's supply pins, described once: the Liberty's pg_pin groups, the LEF's power
 * pins, and the {@code USE_POWER_PINS} ports of the macro top and of the analog array's
 * models all come from this list, so their names cannot drift apart.
 *
 * <p>Two domains: the digital one (control logic, weight SRAM periphery) on VDD/VSS, and the
 * analog one (row drivers, capacitor array, comparators, ring oscillators) on VDDA/VSSA,
 * kept separate so the control's switching noise stays off the charge-sharing lines. Both
 * run at technology.vdd: the models take their logic levels and ramps from it.
 */
public final class SupplyPins {
    /** Which half of the macro a supply feeds. */
    public enum Domain { DIGITAL, ANALOG }

    /** One supply pin: power (at technology.vdd) or ground (0 V). */
    public record Supply(String name, boolean power, Domain domain, String description) {
        /** Liberty pg_type. */
        public String pgType() {
            return power ? "primary_power" : "primary_ground";
        }

        /** LEF USE. */
        public String lefUse() {
            return power ? "POWER" : "GROUND";
        }

        /** The supply's voltage, V. */
        public double voltage(MacroConfig cfg) {
            return power ? cfg.vdd() : 0.0;
        }
    }

    public static final String VDD = "VDD";
    public static final String VSS = "VSS";
    public static final String VDDA = "VDDA";
    public static final String VSSA = "VSSA";

    /** The define that gives the RTL and the models their supply ports (the OpenLane convention). */
    public static final String DEFINE = "USE_POWER_PINS";

    private SupplyPins() {
    }

    /** Every supply of the macro: digital pair first, then analog. */
    public static List<Supply> of(MacroConfig cfg) {
        return List.of(
                new Supply(VDD, true, Domain.DIGITAL, "digital supply: control logic and the weight port, " + cfg.vdd() + " V"),
                new Supply(VSS, false, Domain.DIGITAL, "digital ground"),
                new Supply(VDDA, true, Domain.ANALOG, "analog supply: row drivers, capacitor array, comparators, "
                        + "ring oscillators, " + cfg.vdd() + " V"),
                new Supply(VSSA, false, Domain.ANALOG, "analog ground"));
    }

    /** The power pin of a domain (the signal pins of the macro top are all digital: VDD). */
    public static Supply power(MacroConfig cfg, Domain d) {
        return of(cfg).stream().filter(s -> s.power() && s.domain() == d).findFirst().orElseThrow();
    }

    public static Supply ground(MacroConfig cfg, Domain d) {
        return of(cfg).stream().filter(s -> !s.power() && s.domain() == d).findFirst().orElseThrow();
    }
}
