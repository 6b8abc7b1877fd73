package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.dec;
import static org.aimcgen.hw.Hw.elseWhen;
import static org.aimcgen.hw.Hw.eq;
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
 * ring-oscillator domain; each channel's gate and gating counters are in
 * {@link ChannelLeaf}. A channel's main comparator and phase latches stay off until its
 * early, low-power comparator trips (its threshold sits a margin above the main one), then
 * stay on until the main comparator has tripped.
 *
 * <p>The early trips are asynchronous, so they pass two synchroniser flops: the gate
 * opens up to three oscillator cycles after the early trip, which is why the margin trim
 * defaults to four cycles, and why every gate is forced open for the first
 * {@code GATE_LEAD_CYCLES} cycles after the chain start, when a short pulse may end before
 * any early trip could get through. With gating disabled (bypass) every gate is always
 * open.
 */
public final class AdcGateCtrl extends HwComponent {

    public AdcGateCtrl(MacroConfig cfg) {
        super(cfg.moduleName("adc_gate_ctrl"));
        final int leadBits = MacroConfig.bitsFor(MacroConfig.GATE_LEAD_CYCLES + 1);

        Bool gatingEnable = inBool("gating_enable");
        Bool chainLaunch = inBool("chain_launch");
        Bool forceOpen = outBool("gate_force_open");

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
        assign(forceOpen, or(or(not(gatingSync), chainLaunch), inLead));
        built();
    }
}
