package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.when;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.UInt;

/**
 * One TDC channel, the leaf of the channel bank (pins: {@link PortList#channel}). SpinalHDL
 * builds it once; the bank (templates/rtl/channel_bank.v.vm) repeats it with a Verilog
 * {@code generate} loop, so the generator's cost does not grow with the channel count
 * (docs/ARCHITECTURE.md, "The channel leaf and its bank"). Three sections:
 * <ul>
 * <li><b>TDC</b> (ring-oscillator domain): the pulse passes two synchroniser flops; the
 * coarse counter counts the oscillator edges the synchronised pulse covers, floor(width /
 * T_ro) (both flops delay both edges alike), saturating at all ones, and is cleared on the
 * launch edge. The fine part (taps latched in the array) is decoded by
 * {@link ColumnCombine}.</li>
 * <li><b>Gate</b> (ring-oscillator domain, dual threshold, PICO-RAM): the early trip passes
 * two synchroniser flops; the gate is open while forced ({@link AdcGateCtrl}: lead window,
 * launch edge, or gating off), else from the synchronised early trip until the pulse ends.
 * Two saturating counters, cleared on launch, count the cycles the channel converted with
 * its gate open (active) and closed (gated).</li>
 * <li><b>Calibration</b> (control domain): the zero code, the TDC code the channel reads at
 * zero input, written by the host (ZERO_CODE at the channel INDEX selects; the bank decodes
 * the index) and subtracted by the combine; 0 at reset.</li>
 * </ul>
 * Counts, gating counters and zero code are quasi-static when read: they stand still from
 * the end of the chains to the next chain start.
 */
public final class ChannelLeaf extends HwComponent {

    public ChannelLeaf(MacroConfig cfg) {
        super(PortList.channel(cfg).module());
        ports(PortList.channel(cfg));
        Bool reset = pin("reset");
        ClockDomain oscillator = Hw.clockDomain(pin("ro_clk"), reset);
        ClockDomain control = Hw.clockDomain(pin("clk"), reset);

        Bool converting = Hw.inDomain(oscillator, () -> tdc(cfg));
        Hw.inDomain(oscillator, () -> gate(converting));
        Hw.inDomain(control, () -> calibration(cfg));
        built();
    }

    /** Synchronised pulse and coarse counter; returns the synchronised pulse. */
    private Bool tdc(MacroConfig cfg) {
        // Synchroniser first flop: the pulse comes from the array, asynchronous.
        Bool pulseMeta = crossClock(regBool("pulse_meta", false));
        Bool pulseSync = regBool("pulse_sync", false);
        assign(pulseMeta, pin("col_pulse"));
        assign(pulseSync, pulseMeta);

        UInt count = reg("coarse_count", cfg.coarseBits(), 0);
        // Launch clears last conversion's count on the edge that starts the chains.
        assign(count, Hw.saturatingCount(count, pulseSync, pin("chain_launch")));
        assign(this.<UInt>pin("coarse"), count);
        return pulseSync;
    }

    /** Early-trip synchroniser, gate and gating counters. */
    private void gate(Bool converting) {
        final int counterBits = MacroConfig.GATE_COUNTER_BITS;
        Bool launch = pin("chain_launch");
        // Synchroniser first flop: the early trip comes from the array, asynchronous.
        Bool earlyMeta = crossClock(regBool("early_meta", false));
        Bool earlySync = regBool("early_sync", false);
        assign(earlyMeta, pin("early_trip"));
        assign(earlySync, earlyMeta);

        Bool open = regBool("gate_open", false);
        assign(open, mux(pin("gate_force_open"), b(true), and(earlySync, converting)));
        assign(this.<Bool>pin("gate_en"), open);

        UInt active = reg("active_count", counterBits, 0);
        UInt gated = reg("gated_count", counterBits, 0);
        assign(active, Hw.saturatingCount(active, and(converting, open), launch));
        assign(gated, Hw.saturatingCount(gated, and(converting, not(open)), launch));
        assign(this.<UInt>pin("active_cycles"), active);
        assign(this.<UInt>pin("gated_cycles"), gated);
    }

    /** The zero code register. */
    private void calibration(MacroConfig cfg) {
        UInt code = reg("zero_code_q", cfg.tdcCodeBits(), 0);
        when(pin("zero_code_write"), () -> assign(code, pin("zero_code_wdata")));
        assign(this.<UInt>pin("zero_code"), code);
    }
}
