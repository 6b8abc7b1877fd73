package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.inc;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.or;
import static org.aimcgen.hw.Hw.resize;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Host interface: the APB3 register slave of {@link RegisterMap} (PREADY always high;
 * PSLVERR on an unmapped address), the VMM start policy, the result stream (valid/ready,
 * one column a beat, column 0 first, last flagged) and the interrupt.
 *
 * <p>A VMM starts when a vector is staged, no VMM runs and no results wait to be read,
 * and either CTRL.start was written or CTRL.autoStart is set. Results must be drained
 * before the next VMM overwrites them.
 */
public final class HostInterface extends HwComponent {

    public HostInterface(MacroConfig cfg) {
        super(cfg.moduleName("host_interface"));
        final int addrBits = RegisterMap.ADDRESS_BITS;
        final int dataBits = RegisterMap.DATA_BITS;
        final int lenBits = MacroConfig.PHASE_LENGTH_BITS;
        final int outBits = cfg.outputBits();
        final int colBits = MacroConfig.bitsFor(cfg.cols());
        final int chBits = MacroConfig.bitsFor(cfg.channels());
        final int counterBits = cfg.gateCounterBits();

        // APB3 slave
        Bool psel = inBool("apb_psel");
        Bool penable = inBool("apb_penable");
        Bool pwrite = inBool("apb_pwrite");
        UInt paddr = inUInt("apb_paddr", addrBits);
        UInt pwdata = inUInt("apb_pwdata", dataBits);
        UInt prdata = outUInt("apb_prdata", dataBits);
        Bool pready = outBool("apb_pready");
        Bool pslverr = outBool("apb_pslverr");
        // Result stream
        Bool resValid = outBool("res_valid");
        Bool resReady = inBool("res_ready");
        UInt resData = outUInt("res_data", outBits);
        UInt resCol = outUInt("res_col", colBits);
        Bool resLast = outBool("res_last");
        Bool irq = outBool("irq");
        // To and from the other blocks
        Bool vmmBusy = inBool("vmm_busy");
        Bool vmmDone = inBool("vmm_done");
        Bool vectorReady = inBool("vector_ready");
        Bool vmmStart = outBool("vmm_start");
        List<UInt> lengthOut = new ArrayList<>();
        for (RegisterMap r : RegisterMap.phaseLengths()) {
            lengthOut.add(outUInt(r.name().toLowerCase(), lenBits));
        }
        Bool gatingOut = outBool("gating_enable");
        UInt marginOut = outUInt("early_margin", org.aimcgen.ports.PortList.EARLY_MARGIN_BITS);
        UInt columnIndex = outUInt("column_index", colBits);
        UInt channelIndex = outUInt("channel_index", chBits);
        UInt streamIndexOut = outUInt("stream_index", colBits);
        UInt activeCycles = inUInt("active_cycles", counterBits);
        UInt gatedCycles = inUInt("gated_cycles", counterBits);
        UInt rawCode = inUInt("raw_code", cfg.tdcCodeBits());
        UInt zeroCode = inUInt("zero_code", cfg.tdcCodeBits());
        Bool zeroCodeWrite = outBool("zero_code_write");
        UInt zeroCodeData = outUInt("zero_code_wdata", cfg.tdcCodeBits());
        UInt hostResult = inUInt("host_result", outBits);
        UInt streamResult = inUInt("stream_result", outBits);

        // Quasi-static readouts of the oscillator domain: read between conversions.
        crossClock(activeCycles);
        crossClock(gatedCycles);

        // Registers
        Bool startRequest = regBool("start_request", false);
        Bool gatingEnable = regBool("gating_enable_q", cfg.dualThreshold());
        Bool autoStart = regBool("auto_start", true);
        Bool irqEnable = regBool("irq_enable", false);
        Bool doneSticky = regBool("done_sticky", false);
        Bool resultsPending = regBool("results_pending", false);
        UInt streamIndex = reg("stream_col", colBits, 0);
        UInt vmmCount = reg("vmm_count", dataBits, 0);
        UInt index = reg("index_q", chBits, 0);
        UInt margin = reg("early_margin_q", org.aimcgen.ports.PortList.EARLY_MARGIN_BITS,
                MacroConfig.EARLY_MARGIN_RESET);
        int[] defaults = cfg.defaultPhaseCycles();
        List<UInt> lengths = new ArrayList<>();
        for (int i = 0; i < defaults.length; i++) {
            lengths.add(reg(RegisterMap.phaseLengths().get(i).name().toLowerCase() + "_q", lenBits, defaults[i]));
        }

        // APB access phase
        Bool access = wireBool("apb_access");
        Bool writeAccess = wireBool("apb_write");
        assign(access, and(psel, penable));
        assign(writeAccess, and(access, pwrite));
        Bool mapped = wireBool("apb_mapped");
        Bool anyHit = b(false);
        for (RegisterMap r : RegisterMap.values()) {
            anyHit = or(anyHit, eq(paddr, r.address()));
        }
        assign(mapped, anyHit);
        assign(pready, b(true));
        assign(pslverr, and(access, not(mapped)));

        when(and(writeAccess, eq(paddr, RegisterMap.CTRL.address())), () -> {
            when(bit(pwdata, RegisterMap.CTRL_START), () -> assign(startRequest, b(true)));
            assign(gatingEnable, bit(pwdata, RegisterMap.CTRL_GATING));
            assign(autoStart, bit(pwdata, RegisterMap.CTRL_AUTO_START));
            assign(irqEnable, bit(pwdata, RegisterMap.CTRL_IRQ_ENABLE));
        });
        for (int i = 0; i < lengths.size(); i++) {
            UInt len = lengths.get(i);
            when(and(writeAccess, eq(paddr, RegisterMap.phaseLengths().get(i).address())),
                    () -> assign(len, slice(pwdata, 0, lenBits)));
        }
        when(and(writeAccess, eq(paddr, RegisterMap.EARLY_MARGIN.address())),
                () -> assign(margin, slice(pwdata, 0, margin.getBitsWidth())));
        when(and(writeAccess, eq(paddr, RegisterMap.VMM_COUNT.address())), () -> assign(vmmCount, pwdata));
        when(and(writeAccess, eq(paddr, RegisterMap.INDEX.address())),
                () -> assign(index, slice(pwdata, 0, chBits)));
        // ZERO_CODE is stored in OffsetCalibration, at the channel INDEX selects.
        assign(zeroCodeWrite, and(writeAccess, eq(paddr, RegisterMap.ZERO_CODE.address())));
        assign(zeroCodeData, slice(pwdata, 0, cfg.tdcCodeBits()));

        // Start policy
        Bool start = wireBool("start_vmm");
        assign(start, and(and(or(startRequest, autoStart), vectorReady), and(not(vmmBusy), not(resultsPending))));
        when(start, () -> assign(startRequest, b(false)));
        assign(vmmStart, start);

        // Done, interrupt, count; a write of 1 to STATUS.done clears it (a new done wins).
        when(and(and(writeAccess, eq(paddr, RegisterMap.STATUS.address())), bit(pwdata, RegisterMap.STATUS_DONE)),
                () -> assign(doneSticky, b(false)));
        when(vmmDone, () -> {
            assign(doneSticky, b(true));
            assign(resultsPending, b(true));
            assign(vmmCount, inc(vmmCount));
        });
        assign(irq, and(doneSticky, irqEnable));

        // Result stream
        Bool beat = wireBool("res_beat");
        Bool lastCol = wireBool("res_last_col");
        assign(lastCol, eq(streamIndex, cfg.cols() - 1));
        assign(beat, and(resultsPending, resReady));
        when(beat, () -> {
            assign(streamIndex, inc(streamIndex));
            when(lastCol, () -> {
                assign(streamIndex, u(0, colBits));
                assign(resultsPending, b(false));
            });
        });
        assign(resValid, resultsPending);
        assign(resData, streamResult);
        assign(resCol, streamIndex);
        assign(resLast, lastCol);
        assign(streamIndexOut, streamIndex);

        // Read mux
        // Bit order follows RegisterMap.STATUS_* and CTRL_* (bit 0 last).
        UInt status = wire("status_word", dataBits);
        assign(status, Hw.cat(u(0, dataBits - 4), resultsPending, vectorReady, doneSticky, vmmBusy));
        UInt ctrl = wire("ctrl_word", dataBits);
        assign(ctrl, Hw.cat(u(0, dataBits - 4), irqEnable, autoStart, gatingEnable, startRequest));
        UInt resultWord = wire("result_word", dataBits);
        // Sign-extend the column result to the bus width.
        assign(resultWord, hostResult.asSInt().resize(dataBits).asUInt());

        assign(prdata, u(0, dataBits));
        readReg(paddr, prdata, RegisterMap.CTRL, ctrl);
        readReg(paddr, prdata, RegisterMap.STATUS, status);
        for (int i = 0; i < lengths.size(); i++) {
            readReg(paddr, prdata, RegisterMap.phaseLengths().get(i), resize(lengths.get(i), dataBits));
        }
        readReg(paddr, prdata, RegisterMap.EARLY_MARGIN, resize(margin, dataBits));
        readReg(paddr, prdata, RegisterMap.VMM_COUNT, vmmCount);
        readReg(paddr, prdata, RegisterMap.INDEX, resize(index, dataBits));
        readReg(paddr, prdata, RegisterMap.ACTIVE_CYCLES, resize(activeCycles, dataBits));
        readReg(paddr, prdata, RegisterMap.GATED_CYCLES, resize(gatedCycles, dataBits));
        readReg(paddr, prdata, RegisterMap.RAW_CODE, resize(rawCode, dataBits));
        readReg(paddr, prdata, RegisterMap.RESULT, resultWord);
        readReg(paddr, prdata, RegisterMap.ROWS, u(cfg.rows(), dataBits));
        readReg(paddr, prdata, RegisterMap.COLS, u(cfg.cols(), dataBits));
        readReg(paddr, prdata, RegisterMap.ZERO_CODE, resize(zeroCode, dataBits));

        for (int i = 0; i < lengths.size(); i++) {
            assign(lengthOut.get(i), lengths.get(i));
        }
        assign(gatingOut, gatingEnable);
        assign(marginOut, margin);
        assign(columnIndex, resize(index, colBits));
        assign(channelIndex, index);
        built();
    }

    private static void readReg(UInt paddr, UInt prdata, RegisterMap r, UInt value) {
        when(eq(paddr, r.address()), () -> assign(prdata, value));
    }
}
