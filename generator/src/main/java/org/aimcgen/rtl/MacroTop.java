package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.connect;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwBlackBox;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.ClockDomain;

/**
 * The macro: every control block around the analog array, which is a black box whose pins
 * come from {@link PortList#analogArray}. Two clock domains: the control clock
 * ({@code clk}) and the ring-oscillator clock the array returns ({@code ro_clk}), which
 * clocks the time accumulators and the ADC power gating: their shared parts are blocks
 * here, each channel's part is a leaf repeated in the channel bank, a black box whose pins
 * come from {@link PortList#channelBank}. Both domains share the asynchronous reset.
 * Signals cross between them only through two-flop synchronisers or as quasi-static
 * values (counts and codes read after conversion has stopped).
 *
 * <p>The macro's ports are the port groups of {@link MacroPorts}, each exposed whole from
 * the block that owns it; blocks are wired through their typed port fields.
 */
public final class MacroTop extends HwComponent {
    private final MacroConfig cfg;
    private final HwBlackBox array;
    private final Sequencer seq;
    private final RowDriverCtrl rows;
    private final WeightWriter weights;
    private final HostInterface host;
    private final ColumnCombine combine;
    private final TimeAccumulator tdc;
    private final AdcGateCtrl gating;
    private final HwBlackBox bank;

    public MacroTop(MacroConfig cfg) {
        super(cfg.name());
        this.cfg = cfg;
        array = instance(new HwBlackBox(PortList.analogArray(cfg)));
        seq = instance(new Sequencer(cfg));
        rows = instance(new RowDriverCtrl(cfg));
        weights = instance(new WeightWriter(cfg));
        host = instance(new HostInterface(cfg));
        combine = instance(new ColumnCombine(cfg));
        ClockDomain roDomain = Hw.clockDomain(array.pin("ro_clk"), Hw.currentReset());
        tdc = instance(Hw.inDomain(roDomain, () -> new TimeAccumulator(cfg)));
        // Power gating only with the dual-threshold comparators (null otherwise).
        gating = cfg.dualThreshold() ? instance(Hw.inDomain(roDomain, () -> new AdcGateCtrl(cfg))) : null;
        bank = instance(new HwBlackBox(new ChannelBank(cfg).ports()));

        // The macro's ports, in the order of MacroPorts.topBundles.
        expose(host.apb);
        expose(rows.act);
        expose(host.res);
        expose(weights.port);
        expose(host.interrupt);

        hostInterface();
        sequencer();
        rowDrivers();
        weightPort();
        channelBank();
        analogArray();
        if (gating != null) {
            powerGating();
        }
        built();
    }

    /** Status into the host interface; the bank's and the combine's readouts. */
    private void hostInterface() {
        assign(host.vmmBusy, seq.busy);
        assign(host.vmmDone, seq.done);
        assign(host.vectorReady, rows.vectorReady);
        connect(host.zeroCode, bank.pin("zero_code"));
        assign(host.rawCode, combine.rawCode);
        assign(host.hostResult, combine.hostResult);
        assign(host.streamResult, combine.streamResult);
        assign(host.streamSaturated, combine.streamSaturated);
        if (host.rangeShift != null) {
            assign(combine.rangeShift, host.rangeShift);
        }
    }

    private void sequencer() {
        assign(seq.start, host.vmmStart);
        for (int i = 0; i < seq.phaseCycles.length; i++) {
            assign(seq.phaseCycles[i], host.phaseCycles[i]);
        }
    }

    private void rowDrivers() {
        assign(rows.vmmBusy, seq.busy);
        assign(rows.vmmStart, host.vmmStart);
        assign(rows.driveEn, seq.driveEn);
        if (rows.plane != null) {
            assign(rows.plane, seq.plane);
        }
    }

    private void weightPort() {
        assign(weights.vmmBusy, seq.busy);
        connect(weights.arrayRdata, array.pin("wt_rdata"));
    }

    /**
     * The shared part of the time accumulators (oscillator domain), and the channel bank:
     * per channel TDC and zero code (the leaf), and their readouts.
     */
    private void channelBank() {
        assign(tdc.convertEn, seq.convertEn);

        connect(bank.pin("clk"), Hw.currentClock());
        connect(bank.pin("ro_clk"), array.pin("ro_clk"));
        connect(bank.pin("reset"), Hw.currentReset());
        connect(bank.pin("chain_launch"), tdc.chainLaunch);
        connect(bank.pin("col_pulse"), array.pin("col_pulse"));
        connect(bank.pin("phase_code"), array.pin("phase_code"));
        // Offset calibration: zero codes written by the host at the channel INDEX selects.
        connect(bank.pin("zero_code_write"), host.zeroCodeWrite);
        connect(bank.pin("zero_code_wdata"), host.zeroCodeWdata);
        connect(bank.pin("channel_index"), host.channelIndex);
        connect(bank.pin("column_index"), host.columnIndex);
        connect(bank.pin("stream_index"), host.streamIndex);
        // Combine: computed on demand from the quasi-static TDC state the bank selects.
        for (Port p : PortList.channelReadout(cfg).ports()) {
            connect(combine.readout.get(p.name()), bank.pin(p.name()));
        }
    }

    private void analogArray() {
        Bool busy = seq.busy;
        connect(array.pin("clk"), Hw.currentClock());
        connect(array.pin("drive_en"), seq.driveEn);
        connect(array.pin("multiply_en"), seq.multiplyEn);
        connect(array.pin("share_en"), seq.shareEn);
        for (int t = 0; t < cfg.tiles(); t++) {
            connect(array.pin(PortList.rowDrive(t)), rows.rowDrive[t]);
        }
        // The oscillator runs from DRIVE to the end of CONVERT: once the chains have ended
        // and been counted, COMBINE needs no oscillator.
        connect(array.pin("ro_en"), and(busy, Hw.not(seq.combineEn)));
        if (host.rangeShift != null) {
            // RANGE: the tracked group's ramp (the combine's shift follows the same register).
            connect(array.pin("range_shift"), host.rangeShift);
        }
        connect(array.pin("chain_start"), tdc.chainStart);
        connect(array.pin("wt_we"), weights.arrayWe);
        connect(array.pin("wt_re"), weights.arrayRe);
        connect(array.pin("wt_row"), weights.arrayRow);
        connect(array.pin("wt_word"), weights.arrayWord);
        connect(array.pin("wt_wdata"), weights.arrayWdata);
    }

    /**
     * ADC power gating (dual threshold): the shared gating controller in the oscillator
     * domain, each channel's gate in the bank, the early comparators in the array, and the
     * statistics of the channel INDEX selects.
     */
    private void powerGating() {
        Bool gatingOn = host.gatingEnable;
        assign(gating.gatingEnable, gatingOn);
        assign(gating.chainLaunch, tdc.chainLaunch);
        connect(bank.pin("gate_force_open"), gating.gateForceOpen);
        connect(bank.pin("early_trip"), array.pin("early_trip"));
        connect(array.pin("gate_en"), bank.pin("gate_en"));
        connect(gating.monitorPulse, bank.pin("monitor_pulse"));
        connect(gating.monitorEarly, bank.pin("monitor_early"));
        assign(host.activeCycles, gating.activeCycles);
        assign(host.gatedCycles, gating.gatedCycles);
        // The early comparators auto-zero while the array multiplies, and are off in bypass.
        connect(array.pin("az_en"), and(seq.multiplyEn, gatingOn));
        connect(array.pin("early_en"), and(seq.busy, gatingOn));
        connect(array.pin("early_margin"), host.earlyMargin);
    }
}
