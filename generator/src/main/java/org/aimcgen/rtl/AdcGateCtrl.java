package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.dec;
import static org.aimcgen.hw.Hw.elseWhen;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.or;
import static org.aimcgen.hw.Hw.select;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * ADC power gating (dual threshold, PICO-RAM): each channel's main comparator and phase
 * latches stay off until that channel's early, low-power comparator trips (its threshold
 * sits a margin above the main one), then stay on until the main comparator has tripped.
 * Runs in the ring-oscillator domain.
 *
 * <p>The early trips are asynchronous, so they pass two synchroniser flops: the gate
 * opens up to three oscillator cycles after the early trip, which is why the margin trim
 * defaults to four cycles, and why every gate is open for the first {@code GATE_LEAD_CYCLES}
 * cycles after the chain start, when a short pulse may end before any early trip could
 * get through. With gating disabled (bypass) every gate is always open.
 *
 * <p>Per channel, two saturating counters (cleared at each chain start) count the
 * oscillator cycles the channel was converting with its main path on (active) and off
 * (gated); {@code status_index} selects the channel read out.
 */
public final class AdcGateCtrl extends HwComponent {

    public AdcGateCtrl(MacroConfig cfg) {
        super(cfg.moduleName("adc_gate_ctrl"));
        final int channels = cfg.channels();
        final int counterBits = MacroConfig.GATE_COUNTER_BITS;
        final int leadBits = MacroConfig.bitsFor(MacroConfig.GATE_LEAD_CYCLES + 1);

        Bool gatingEnable = inBool("gating_enable");
        Bool chainLaunch = inBool("chain_launch");
        UInt earlyTrip = inUInt("early_trip", channels);
        UInt pulseSync = inUInt("pulse_sync", channels);
        UInt statusIndex = inUInt("status_index", MacroConfig.bitsFor(channels));
        UInt gateEn = outUInt("gate_en", channels);
        UInt activeOut = outUInt("active_cycles", counterBits);
        UInt gatedOut = outUInt("gated_cycles", counterBits);

        // Synchroniser first flops (gating enable from the control clock, early trips from
        // the array); the status index is quasi-static (written by the host between VMMs).
        crossClock(statusIndex);
        Bool gatingMeta = crossClock(regBool("gating_meta", false));
        Bool gatingSync = regBool("gating_sync", false);
        assign(gatingMeta, gatingEnable);
        assign(gatingSync, gatingMeta);

        UInt leadLeft = reg("lead_cycles_left", leadBits, 0);
        Bool inLead = wireBool("in_lead");
        assign(inLead, not(eq(leadLeft, 0)));
        elseWhen(when(chainLaunch, () -> assign(leadLeft, u(MacroConfig.GATE_LEAD_CYCLES, leadBits))),
                inLead, () -> assign(leadLeft, dec(leadLeft)));

        UInt earlyMeta = crossClock(reg("early_meta", channels, 0));
        UInt earlySync = reg("early_sync", channels, 0);
        assign(earlyMeta, earlyTrip);
        assign(earlySync, earlyMeta);
        UInt gate = reg("gate_open", channels, 0);
        assign(gateEn, gate);

        // Gates open for the whole lead window, launch edge included.
        Bool forceOpen = wireBool("gate_force_open");
        assign(forceOpen, or(or(not(gatingSync), chainLaunch), inLead));

        // All gates in one bus operation: open in the lead window (or bypass), else from the
        // early trip until the channel's pulse has ended.
        assign(gate, mux(forceOpen, Hw.ones(channels), earlySync.$amp(pulseSync)));

        UInt active = wire("active_all", channels * counterBits);
        UInt gated = wire("gated_all", channels * counterBits);
        for (int ch = 0; ch < channels; ch++) {
            Bool converting = bit(pulseSync, ch);
            Bool open = bit(gate, ch);
            UInt act = reg("active_ch" + ch, counterBits, 0);
            UInt off = reg("gated_ch" + ch, counterBits, 0);
            assign(act, Hw.saturatingCount(act, and(converting, open), chainLaunch));
            assign(off, Hw.saturatingCount(off, and(converting, not(open)), chainLaunch));
            assign(slice(active, ch * counterBits, counterBits), act);
            assign(slice(gated, ch * counterBits, counterBits), off);
        }
        // Read out quasi-statically: the counters stand still between conversions.
        assign(activeOut, select(active, counterBits, statusIndex));
        assign(gatedOut, select(gated, counterBits, statusIndex));
        built();
    }
}
