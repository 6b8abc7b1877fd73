package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.and;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwBlackBox;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.UInt;

/**
 * The macro: every control block around the analog array, which is a black box whose pins
 * come from {@link PortList#analogArray}. Two clock domains: the control clock
 * ({@code clk}) and the ring-oscillator clock the array returns ({@code ro_clk}), which
 * clocks the time accumulators and the ADC power gating: their shared parts are blocks
 * here, each channel's part is a leaf repeated in the channel bank, a black box whose pins
 * come from {@link PortList#channelBank}. Both domains share the asynchronous reset.
 * Signals cross between them only through two-flop synchronisers or as quasi-static
 * values (counts and codes read after conversion has stopped).
 */
public final class MacroTop extends HwComponent {

    public MacroTop(MacroConfig cfg) {
        super(cfg.name());
        final int rowBits = MacroConfig.bitsFor(cfg.rows());
        final int wordIndexBits = MacroConfig.bitsFor(cfg.weightWords());
        final int wtBits = cfg.weightWordCols() * cfg.weightBits();

        // Host-side ports
        Bool psel = inBool("apb_psel");
        Bool penable = inBool("apb_penable");
        Bool pwrite = inBool("apb_pwrite");
        UInt paddr = inUInt("apb_paddr", RegisterMap.ADDRESS_BITS);
        UInt pwdata = inUInt("apb_pwdata", RegisterMap.DATA_BITS);
        UInt prdata = outUInt("apb_prdata", RegisterMap.DATA_BITS);
        Bool pready = outBool("apb_pready");
        Bool pslverr = outBool("apb_pslverr");
        Bool actValid = inBool("act_valid");
        Bool actReady = outBool("act_ready");
        UInt actData = inUInt("act_data", cfg.actWordRows() * cfg.inputBits());
        Bool resValid = outBool("res_valid");
        Bool resReady = inBool("res_ready");
        UInt resData = outUInt("res_data", cfg.outputBits());
        UInt resCol = outUInt("res_col", MacroConfig.bitsFor(cfg.cols()));
        Bool resLast = outBool("res_last");
        Bool wtValid = inBool("wt_valid");
        Bool wtReady = outBool("wt_ready");
        Bool wtWrite = inBool("wt_write");
        UInt wtRow = inUInt("wt_row", rowBits);
        UInt wtWord = inUInt("wt_word", wordIndexBits);
        UInt wtWdata = inUInt("wt_wdata", wtBits);
        Bool wtRvalid = outBool("wt_rvalid");
        UInt wtRdata = outUInt("wt_rdata", wtBits);
        Bool irq = outBool("irq");

        HwBlackBox array = instance("analog_array", new HwBlackBox(PortList.analogArray(cfg)));
        Sequencer seq = instance("sequencer", new Sequencer(cfg));
        RowDriverCtrl rows = instance("row_driver_ctrl", new RowDriverCtrl(cfg));
        WeightWriter weights = instance("weight_writer", new WeightWriter(cfg));
        HostInterface host = instance("host_interface", new HostInterface(cfg));
        ColumnCombine combine = instance("column_combine", new ColumnCombine(cfg));
        ClockDomain roDomain = Hw.clockDomain(array.pin("ro_clk"), Hw.currentReset());
        TimeAccumulator tdc = instance("time_accumulator", Hw.inDomain(roDomain, () -> new TimeAccumulator(cfg)));
        AdcGateCtrl gating = instance("adc_gate_ctrl", Hw.inDomain(roDomain, () -> new AdcGateCtrl(cfg)));
        HwBlackBox bank = instance("channel_bank", new HwBlackBox(new ChannelBank(cfg).ports()));

        // Host interface
        drive(host, "apb_psel", psel);
        drive(host, "apb_penable", penable);
        drive(host, "apb_pwrite", pwrite);
        drive(host, "apb_paddr", paddr);
        drive(host, "apb_pwdata", pwdata);
        assign(prdata, port(host, "apb_prdata"));
        assign(pready, port(host, "apb_pready"));
        assign(pslverr, port(host, "apb_pslverr"));
        assign(resValid, port(host, "res_valid"));
        drive(host, "res_ready", resReady);
        assign(resData, port(host, "res_data"));
        assign(resCol, port(host, "res_col"));
        assign(resLast, port(host, "res_last"));
        assign(irq, port(host, "irq"));
        drive(host, "vmm_busy", port(seq, "busy"));
        drive(host, "vmm_done", port(seq, "done"));
        drive(host, "vector_ready", port(rows, "vector_ready"));
        drive(host, "active_cycles", port(gating, "active_cycles"));
        drive(host, "gated_cycles", port(gating, "gated_cycles"));
        drive(host, "raw_code", port(combine, "raw_code"));
        drive(host, "host_result", port(combine, "host_result"));
        drive(host, "stream_result", port(combine, "stream_result"));

        // Sequencer
        drive(seq, "start", port(host, "vmm_start"));
        for (int i = 0; i < MacroConfig.VMM_PHASES.size(); i++) {
            String phase = MacroConfig.VMM_PHASES.get(i).toLowerCase();
            drive(seq, phase + "_cycles", port(host, RegisterMap.phaseLengths().get(i).name().toLowerCase()));
        }

        // Row drivers
        drive(rows, "act_valid", actValid);
        assign(actReady, port(rows, "act_ready"));
        drive(rows, "act_data", actData);
        drive(rows, "vmm_busy", port(seq, "busy"));
        drive(rows, "vmm_start", port(host, "vmm_start"));
        drive(rows, "drive_en", port(seq, "drive_en"));
        if (cfg.inputPlanes() > 1) {
            drive(rows, "plane", port(seq, "plane"));
        }

        // Weight port
        drive(weights, "wt_valid", wtValid);
        assign(wtReady, port(weights, "wt_ready"));
        drive(weights, "wt_write", wtWrite);
        drive(weights, "wt_row", wtRow);
        drive(weights, "wt_word", wtWord);
        drive(weights, "wt_wdata", wtWdata);
        assign(wtRvalid, port(weights, "wt_rvalid"));
        assign(wtRdata, port(weights, "wt_rdata"));
        drive(weights, "vmm_busy", port(seq, "busy"));
        drive(weights, "array_rdata", array.pin("wt_rdata"));

        // Shared parts of the time accumulators and the gating (oscillator domain)
        drive(tdc, "convert_en", port(seq, "convert_en"));
        drive(gating, "gating_enable", port(host, "gating_enable"));
        drive(gating, "chain_launch", port(tdc, "chain_launch"));
        // Gating statistics of the channel INDEX selects.
        drive(gating, "monitor_pulse", bank.pin("monitor_pulse"));
        drive(gating, "monitor_early", bank.pin("monitor_early"));

        // Channel bank: per channel TDC, gate and zero code (the leaf), and their readouts.
        Hw.connect(bank.pin("clk"), Hw.currentClock());
        Hw.connect(bank.pin("ro_clk"), array.pin("ro_clk"));
        Hw.connect(bank.pin("reset"), Hw.currentReset());
        Hw.connect(bank.pin("chain_launch"), port(tdc, "chain_launch"));
        Hw.connect(bank.pin("gate_force_open"), port(gating, "gate_force_open"));
        Hw.connect(bank.pin("col_pulse"), array.pin("col_pulse"));
        Hw.connect(bank.pin("early_trip"), array.pin("early_trip"));
        Hw.connect(bank.pin("phase_code"), array.pin("phase_code"));
        // Offset calibration: zero codes written by the host at the channel INDEX selects.
        Hw.connect(bank.pin("zero_code_write"), port(host, "zero_code_write"));
        Hw.connect(bank.pin("zero_code_wdata"), port(host, "zero_code_wdata"));
        drive(host, "zero_code", bank.pin("zero_code"));
        Hw.connect(bank.pin("channel_index"), port(host, "channel_index"));
        Hw.connect(bank.pin("column_index"), port(host, "column_index"));
        Hw.connect(bank.pin("stream_index"), port(host, "stream_index"));

        // Combine: computed on demand from the quasi-static TDC state the bank selects.
        for (Port p : PortList.channelReadout(cfg).ports()) {
            drive(combine, p.name(), bank.pin(p.name()));
        }

        // Analog array
        Bool gatingOn = port(host, "gating_enable");
        Bool busy = port(seq, "busy");
        Hw.connect(array.pin("clk"), Hw.currentClock());
        Hw.connect(array.pin("drive_en"), port(seq, "drive_en"));
        Hw.connect(array.pin("multiply_en"), port(seq, "multiply_en"));
        Hw.connect(array.pin("share_en"), port(seq, "share_en"));
        for (int t = 0; t < cfg.tiles(); t++) {
            Hw.connect(array.pin(PortList.rowDrive(t)), port(rows, PortList.rowDrive(t)));
        }
        // The oscillator runs from DRIVE to the end of CONVERT: once the chains have ended
        // and been counted, COMBINE needs no oscillator.
        Hw.connect(array.pin("ro_en"), and(busy, Hw.not(port(seq, "combine_en"))));
        Hw.connect(array.pin("chain_start"), port(tdc, "chain_start"));
        // The early comparators auto-zero while the array multiplies, and are off in bypass.
        Hw.connect(array.pin("az_en"), and(port(seq, "multiply_en"), gatingOn));
        Hw.connect(array.pin("early_en"), and(busy, gatingOn));
        Hw.connect(array.pin("early_margin"), port(host, "early_margin"));
        Hw.connect(array.pin("gate_en"), bank.pin("gate_en"));
        Hw.connect(array.pin("wt_we"), port(weights, "array_we"));
        Hw.connect(array.pin("wt_re"), port(weights, "array_re"));
        Hw.connect(array.pin("wt_row"), port(weights, "array_row"));
        Hw.connect(array.pin("wt_word"), port(weights, "array_word"));
        Hw.connect(array.pin("wt_wdata"), port(weights, "array_wdata"));
        built();
    }
}
