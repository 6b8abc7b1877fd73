package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.dec;
import static org.aimcgen.hw.Hw.elseWhen;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.or;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * ADC power gating (dual threshold, PICO-RAM), the part all channels share, in the
 * ring-oscillator domain; each channel's gate is in {@link ChannelLeaf}. A channel's main
 * comparator and phase latches stay off until its early, low-power comparator trips (its
 * threshold sits a margin above the main one), then stay on until the main comparator has
 * tripped.
 *
 * <p>The early trips are asynchronous, so they pass two synchroniser flops: the gate
 * opens up to three oscillator cycles after the early trip, which is why the margin trim
 * defaults to four cycles, and why every gate is forced open for the first
 * {@code GATE_LEAD_CYCLES} cycles after the chain start, when a short pulse may end before
 * any early trip could get through. With gating disabled (bypass) every gate is always
 * open. A macro without dual threshold (adc.dualThreshold: false) has no such block.
 *
 * <p>Gating statistics are counted here, once, for the channel INDEX selects: the bank
 * routes that channel's pulse and early trip (asynchronous, as every channel's) to a
 * monitor that repeats the channel's synchronisers and gate flop, so in simulation it sees
 * exactly what the channel sees, and counts the cycles the pulse covered with the gate
 * open (active) and closed (gated). A chip designer pays one pair of counters for this
 * observability, not one per channel (docs/ARCHITECTURE.md, "The oscillator domain").
 */
public final class AdcGateCtrl extends HwComponent {
    public static final String NAME = "adc_gate_ctrl";

    /** CTRL's gating bit, from the control clock. */
    public final Bool gatingEnable;
    public final Bool chainLaunch;
    /** The pulse and early trip of the channel INDEX selects (asynchronous). */
    public final Bool monitorPulse;
    public final Bool monitorEarly;
    /** Every channel's gate open regardless of its early trip. */
    public final Bool gateForceOpen;
    /** Gating statistics of the monitored channel, saturating. */
    public final UInt activeCycles;
    public final UInt gatedCycles;

    public AdcGateCtrl(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        gatingEnable = inBool("gating_enable");
        chainLaunch = inBool("chain_launch");
        monitorPulse = inBool("monitor_pulse");
        monitorEarly = inBool("monitor_early");
        gateForceOpen = outBool("gate_force_open");
        activeCycles = outUInt("active_cycles", cfg.gateCounterBits());
        gatedCycles = outUInt("gated_cycles", cfg.gateCounterBits());

        assign(gateForceOpen, forcing(gatingEnable, chainLaunch));
        monitor(cfg, chainLaunch, gateForceOpen, monitorPulse, monitorEarly, activeCycles, gatedCycles);
        built();
    }

    /** When every gate is forced open: gating off, the launch edge, or the lead window. */
    private Bool forcing(Bool gatingEnable, Bool chainLaunch) {
        final int leadBits = MacroConfig.bitsFor(MacroConfig.GATE_LEAD_CYCLES + 1);
        // Synchroniser first flop: the gating enable comes from the control clock.
        Bool gatingMeta = crossClock(regBool("gating_meta", false));
        Bool gatingSync = regBool("gating_sync", false);
        assign(gatingMeta, gatingEnable);
        assign(gatingSync, gatingMeta);

        UInt leadLeft = reg("lead_cycles_left", leadBits, 0);
        Bool inLead = wireBool("in_lead");
        assign(inLead, not(eq(leadLeft, 0)));
        elseWhen(when(chainLaunch, () -> assign(leadLeft, u(MacroConfig.GATE_LEAD_CYCLES, leadBits))),
                inLead, () -> assign(leadLeft, dec(leadLeft)));
        // Gates open for the whole lead window, launch edge included.
        return or(or(not(gatingSync), chainLaunch), inLead);
    }

    /** The INDEX channel's synchronisers and gate, repeated, and its two cycle tallies. */
    private void monitor(MacroConfig cfg, Bool launch, Bool forceOpen, Bool pulse, Bool early,
            UInt activeCycles, UInt gatedCycles) {
        // Synchroniser first flops: the pulse and the early trip come from the array.
        Bool pulseMeta = crossClock(regBool("monitor_pulse_meta", false));
        Bool pulseSync = regBool("monitor_pulse_sync", false);
        Bool earlyMeta = crossClock(regBool("monitor_early_meta", false));
        Bool earlySync = regBool("monitor_early_sync", false);
        assign(pulseMeta, pulse);
        assign(pulseSync, pulseMeta);
        assign(earlyMeta, early);
        assign(earlySync, earlyMeta);
        Bool open = regBool("monitor_gate_open", false);
        assign(open, mux(forceOpen, b(true), and(earlySync, pulseSync)));

        final int bits = cfg.gateCounterBits();
        assign(activeCycles, tally("monitor_active", bits, and(pulseSync, open), launch));
        assign(gatedCycles, tally("monitor_gated", bits, and(pulseSync, not(open)), launch));
    }
}
