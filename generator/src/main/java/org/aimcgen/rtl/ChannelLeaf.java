package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.mux;
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
 * (docs/ARCHITECTURE.md, "The channel leaf and its bank"). Only what must run at the
 * oscillator's rate runs there (docs/ARCHITECTURE.md, "The oscillator domain"):
 * <ul>
 * <li><b>TDC</b> (ring-oscillator domain): the pulse passes two synchroniser flops; the
 * coarse count is the number of oscillator edges the synchronised pulse covers, floor(width
 * / T_ro) (both flops delay both edges alike), reported saturating at all ones, cleared on
 * the launch edge. It is a {@link HwComponent#tally}: a wrapping counter and a sticky
 * overflow, so no compare sits in front of the increment. The fine part (taps latched in
 * the array) is decoded by {@link ColumnCombine}.</li>
 * <li><b>Gate</b> (ring-oscillator domain, dual threshold, PICO-RAM): the early trip passes
 * two synchroniser flops; the gate is open while forced ({@link AdcGateCtrl}: lead window,
 * launch edge, or gating off), else from the synchronised early trip until the pulse ends.
 * Its statistics are counted once, for the channel INDEX selects, by AdcGateCtrl. Without
 * dual threshold ({@code adc.dualThreshold: false}) there is no gate: the main comparator
 * is always on.</li>
 * <li><b>Calibration</b> (control domain): the zero code, the TDC code the channel reads at
 * zero input with adc.zeroFractionBits fraction bits (the sum of the host's 2^z calibration
 * readings), written by the host (ZERO_CODE at the channel INDEX selects; the bank decodes
 * the index) and subtracted by the combine; 0 at reset.</li>
 * </ul>
 * The count and the zero code are quasi-static when read: they stand still from the end of
 * the chains to the next chain start.
 */
public final class ChannelLeaf extends HwComponent {
    public static final String NAME = "channel";

    public ChannelLeaf(MacroConfig cfg) {
        super(PortList.channel(cfg).module());
        ports(PortList.channel(cfg));
        Bool reset = pin("reset");
        ClockDomain oscillator = Hw.clockDomain(pin("ro_clk"), reset);
        ClockDomain control = Hw.clockDomain(pin("clk"), reset);

        Bool converting = Hw.inDomain(oscillator, () -> tdc(cfg));
        if (cfg.dualThreshold()) {
            Hw.inDomain(oscillator, () -> gate(converting));
        }
        Hw.inDomain(control, () -> calibration(cfg));
        built();
    }

    /** Synchronised pulse and coarse count; returns the synchronised pulse. */
    private Bool tdc(MacroConfig cfg) {
        // Synchroniser first flop: the pulse comes from the array, asynchronous.
        Bool pulseMeta = crossClock(regBool("pulse_meta", false));
        Bool pulseSync = regBool("pulse_sync", false);
        assign(pulseMeta, pin("col_pulse"));
        assign(pulseSync, pulseMeta);
        // Launch clears last conversion's count on the edge that starts the chains.
        assign(this.<UInt>pin("coarse"), tally("coarse", cfg.coarseBits(), pulseSync, pin("chain_launch")));
        return pulseSync;
    }

    /** Early-trip synchroniser and the gate. */
    private void gate(Bool converting) {
        // Synchroniser first flop: the early trip comes from the array, asynchronous.
        Bool earlyMeta = crossClock(regBool("early_meta", false));
        Bool earlySync = regBool("early_sync", false);
        assign(earlyMeta, pin("early_trip"));
        assign(earlySync, earlyMeta);

        Bool open = regBool("gate_open", false);
        assign(open, mux(pin("gate_force_open"), b(true), and(earlySync, converting)));
        assign(this.<Bool>pin("gate_en"), open);
    }

    /** The zero code register. */
    private void calibration(MacroConfig cfg) {
        UInt code = reg("zero_code_q", cfg.zeroCodeBits(), 0);
        when(pin("zero_code_write"), () -> assign(code, pin("zero_code_wdata")));
        assign(this.<UInt>pin("zero_code"), code);
    }
}
