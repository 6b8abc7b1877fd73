package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.inc;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.or;
import static org.aimcgen.hw.Hw.resize;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;

import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Apb3;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwApbSlaveFactory;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Host interface: the APB3 register slave of {@link RegisterMap} (built by
 * {@link HwApbSlaveFactory}: PREADY always high, PSLVERR on an unmapped address), the VMM
 * start policy, the result stream (valid/ready, one column a beat, column 0 first, last
 * flagged; the data leaves from a register) and the interrupt.
 *
 * <p>A VMM starts when a vector is staged, no VMM runs and no results wait to be read,
 * and either CTRL.start was written or CTRL.autoStart is set. Results must be drained
 * before the next VMM overwrites them.
 *
 * <p>RANGE (only with a tracked group) drives the analog array's {@code range_shift} and the
 * combine's tracked shift; a write above the largest shift clamps to it. SATURATED counts the
 * streamed results the combine flagged at a limit of the output word: the flag travels with
 * the result in the stream's output register and counts on the beat that carries it.
 */
public final class HostInterface extends HwComponent {
    public static final String NAME = "host_interface";

    private final MacroConfig cfg;
    private final int colBits;

    // Ports: the macro's host side
    public final Apb3 apb;
    public final MacroPorts.ResultStream res;
    public final MacroPorts.Interrupt interrupt;
    // Ports: status from the other blocks
    public final Bool vmmBusy;
    public final Bool vmmDone;
    public final Bool vectorReady;
    /** Gating statistics (null without dual threshold, as gatingEnable and earlyMargin). */
    public final UInt activeCycles;
    public final UInt gatedCycles;
    public final UInt rawCode;
    public final UInt zeroCode;
    public final UInt hostResult;
    public final UInt streamResult;
    public final Bool streamSaturated;
    // Ports: control to the other blocks
    public final Bool vmmStart;
    /** Phase lengths in {@link MacroConfig#VMM_PHASES} order. */
    public final UInt[] phaseCycles;
    public final Bool gatingEnable;
    public final UInt earlyMargin;
    public final UInt columnIndex;
    public final UInt channelIndex;
    /** The column whose result the stream's output register loads next. */
    public final UInt streamIndex;
    public final Bool zeroCodeWrite;
    public final UInt zeroCodeWdata;
    /** RANGE to the array and the combine (null without a tracked group). */
    public final UInt rangeShift;

    // State
    private final Bool startRequest;
    private final Bool gatingOn;
    private final Bool autoStart;
    private final Bool irqEnable;
    private final Bool doneSticky;
    private final Bool resultsPending;
    private final UInt streamCol;
    private final UInt vmmCount;
    private final UInt index;
    private final UInt margin;
    private final UInt[] lengths;
    private final UInt range;
    private final UInt saturatedCount;
    /** A write to SATURATED (set when the register map is built). */
    private Bool saturatedClear;

    public HostInterface(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        this.cfg = cfg;
        colBits = MacroConfig.bitsFor(cfg.cols());
        final int lenBits = MacroConfig.PHASE_LENGTH_BITS;
        final int counterBits = cfg.gateCounterBits();
        final int codeBits = cfg.tdcCodeBits();
        final int chBits = MacroConfig.bitsFor(cfg.channels());

        apb = new Apb3(MacroPorts.APB, slave());
        res = new MacroPorts.ResultStream(cfg, master());
        interrupt = new MacroPorts.Interrupt(master());
        vmmBusy = inBool("vmm_busy");
        vmmDone = inBool("vmm_done");
        vectorReady = inBool("vector_ready");
        // The gating's ports and registers exist only with dual threshold (null otherwise).
        final boolean gating = RegisterMap.hasGating(cfg);
        activeCycles = gating ? inUInt("active_cycles", counterBits) : null;
        gatedCycles = gating ? inUInt("gated_cycles", counterBits) : null;
        rawCode = inUInt("raw_code", codeBits);
        zeroCode = inUInt("zero_code", cfg.zeroCodeBits());
        hostResult = inUInt("host_result", cfg.outputBits());
        streamResult = inUInt("stream_result", cfg.outputBits());
        streamSaturated = inBool("stream_saturated");
        vmmStart = outBool("vmm_start");
        List<RegisterMap> phases = RegisterMap.phaseLengths();
        phaseCycles = new UInt[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            phaseCycles[i] = outUInt(phases.get(i).signalName(), lenBits);
        }
        gatingEnable = gating ? outBool("gating_enable") : null;
        earlyMargin = gating ? outUInt("early_margin", PortList.EARLY_MARGIN_BITS) : null;
        columnIndex = outUInt("column_index", colBits);
        channelIndex = outUInt("channel_index", chBits);
        streamIndex = outUInt("stream_index", colBits);
        zeroCodeWrite = outBool("zero_code_write");
        zeroCodeWdata = outUInt("zero_code_wdata", cfg.zeroCodeBits());
        final boolean ranged = RegisterMap.hasRange(cfg);
        rangeShift = ranged ? outUInt("range_shift", PortList.rangeShiftBits(cfg)) : null;
        if (gating) {
            // Quasi-static readouts of the oscillator domain: read between conversions.
            crossClock(activeCycles);
            crossClock(gatedCycles);
        }

        // The registers' state, with the widths and reset values of the register table.
        startRequest = regBool("start_request", resetOf(RegisterMap.CTRL, "start"));
        gatingOn = gating ? regBool("gating_enable_q", resetOf(RegisterMap.CTRL, "gating")) : null;
        autoStart = regBool("auto_start", resetOf(RegisterMap.CTRL, "auto_start"));
        irqEnable = regBool("irq_enable", resetOf(RegisterMap.CTRL, "irq_enable"));
        doneSticky = regBool("done_sticky", resetOf(RegisterMap.STATUS, "done"));
        resultsPending = regBool("results_pending", resetOf(RegisterMap.STATUS, "results_pending"));
        streamCol = reg("stream_col", colBits, 0);
        vmmCount = tableReg("vmm_count", RegisterMap.VMM_COUNT);
        index = tableReg("index_q", RegisterMap.INDEX);
        margin = gating ? tableReg("early_margin_q", RegisterMap.EARLY_MARGIN) : null;
        lengths = new UInt[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            lengths[i] = tableReg(phases.get(i).signalName() + "_q", phases.get(i));
        }
        range = ranged ? tableReg("range_q", RegisterMap.RANGE) : null;
        saturatedCount = tableReg("saturated_q", RegisterMap.SATURATED);

        // Bus writes first: the logic below (start, done, count) wins in the same cycle.
        registers();
        startPolicy();
        doneAndInterrupt();
        resultStream();
        outputs();
        built();
    }

    /** The one-bit state of a CTRL or STATUS field: its reset value from the register table. */
    private boolean resetOf(RegisterMap reg, String field) {
        return reg.field(cfg, field).reset() != 0;
    }

    /** The state of a one-field register, as wide as the table's field and reset as it says. */
    private UInt tableReg(String name, RegisterMap r) {
        Field f = r.field(cfg);
        return reg(name, f.width(), f.reset());
    }

    /** The register map: every field of the RegisterMap table bound to its signal. */
    private void registers() {
        RegisterBank bank = new RegisterBank(cfg, new HwApbSlaveFactory(this, apb));
        bank.bind(RegisterMap.CTRL, "start", startRequest);
        if (RegisterMap.hasGating(cfg)) {
            bank.bind(RegisterMap.CTRL, "gating", gatingOn);
        }
        bank.bind(RegisterMap.CTRL, "auto_start", autoStart);
        bank.bind(RegisterMap.CTRL, "irq_enable", irqEnable);

        bank.bind(RegisterMap.STATUS, "busy", vmmBusy);
        bank.bind(RegisterMap.STATUS, "done", doneSticky);
        bank.bind(RegisterMap.STATUS, "vector_ready", vectorReady);
        bank.bind(RegisterMap.STATUS, "results_pending", resultsPending);

        List<RegisterMap> phases = RegisterMap.phaseLengths();
        for (int i = 0; i < lengths.length; i++) {
            bank.bind(phases.get(i), "cycles", lengths[i]);
        }
        bank.bind(RegisterMap.VMM_COUNT, "count", vmmCount);
        bank.bind(RegisterMap.INDEX, "index", index);
        if (RegisterMap.hasGating(cfg)) {
            bank.bind(RegisterMap.EARLY_MARGIN, "margin", margin);
            bank.bind(RegisterMap.ACTIVE_CYCLES, "cycles", activeCycles);
            bank.bind(RegisterMap.GATED_CYCLES, "cycles", gatedCycles);
        }
        bank.bind(RegisterMap.RAW_CODE, "code", rawCode);
        // The column result, sign-extended to the bus width.
        bank.bind(RegisterMap.RESULT, "result", Hw.signExtend(hostResult, RegisterMap.DATA_BITS));
        bank.bindConstant(RegisterMap.ROWS, "rows");
        bank.bindConstant(RegisterMap.COLS, "cols");
        // ZERO_CODE is stored in the channel bank, at the channel INDEX selects: a code with
        // adc.zeroFractionBits fraction bits (the sum of the calibration's RAW_CODE readings).
        Field zero = RegisterMap.ZERO_CODE.field(cfg);
        bank.bindStoredElsewhere(RegisterMap.ZERO_CODE, zero.name(), zeroCode);
        assign(zeroCodeWrite, bank.writeStrobe(RegisterMap.ZERO_CODE));
        assign(zeroCodeWdata, slice(apb.pwdata, zero.lsb(), zero.width()));
        if (RegisterMap.hasRange(cfg)) {
            bank.bindClamped(RegisterMap.RANGE, "shift", range, cfg.rangeShiftMax());
        }
        bank.bind(RegisterMap.SATURATED, "count", saturatedCount);
        saturatedClear = bank.writeStrobe(RegisterMap.SATURATED);
        bank.build();
    }

    /** A VMM starts on a staged vector when idle and drained, if requested or automatic. */
    private void startPolicy() {
        Bool start = wireBool("start_vmm");
        assign(start, and(and(or(startRequest, autoStart), vectorReady), and(not(vmmBusy), not(resultsPending))));
        when(start, () -> assign(startRequest, b(false)));
        assign(vmmStart, start);
    }

    /** Done is sticky (a new done wins over the host's clear); it raises the interrupt when enabled. */
    private void doneAndInterrupt() {
        when(vmmDone, () -> {
            assign(doneSticky, b(true));
            assign(resultsPending, b(true));
            assign(vmmCount, inc(vmmCount));
        });
        assign(interrupt.irq, and(doneSticky, irqEnable));
    }

    /**
     * The result stream. res_data is a register: it loads column 0 when the VMM is done and
     * the next column on each beat, so the channel bank selects one column ahead of
     * stream_col (the column on the port). The combine's inputs stand still from the end of
     * CONVERT until the next VMM, which cannot start before the stream is drained.
     */
    private void resultStream() {
        Bool beat = wireBool("res_beat");
        Bool lastCol = wireBool("res_last_col");
        UInt followingCol = wire("stream_col_plus_one", colBits);
        assign(followingCol, inc(streamCol));
        assign(lastCol, eq(streamCol, cfg.cols() - 1));
        assign(beat, and(resultsPending, res.ready));
        when(beat, () -> {
            assign(streamCol, followingCol);
            when(lastCol, () -> {
                assign(streamCol, u(0, colBits));
                assign(resultsPending, b(false));
            });
        });
        // Column 0 while idle (ready for the load at done); after a beat, the column that follows.
        Bool ahead = wireBool("res_select_ahead");
        assign(ahead, and(resultsPending, not(lastCol)));
        UInt nextCol = wire("res_next_col", colBits);
        assign(nextCol, mux(ahead, followingCol, u(0, colBits)));
        assign(streamIndex, nextCol);
        UInt data = reg("res_data_q", cfg.outputBits(), 0);
        Bool load = wireBool("res_load");
        assign(load, or(vmmDone, beat));
        Bool saturated = regBool("res_saturated_q", false);
        when(load, () -> {
            assign(data, streamResult);
            assign(saturated, streamSaturated);
        });
        // SATURATED: counts a beat carrying a result at a limit, up to all ones; a write
        // clears it (and wins over a count in the same cycle).
        Bool saturatedStep = wireBool("saturated_step");
        assign(saturatedStep, and(and(beat, saturated), not(Hw.andReduce(saturatedCount))));
        UInt saturatedPlusOne = wire("saturated_plus_one", RegisterMap.DATA_BITS);
        assign(saturatedPlusOne, inc(saturatedCount));
        assign(saturatedCount, mux(saturatedClear, u(0, RegisterMap.DATA_BITS),
                mux(saturatedStep, saturatedPlusOne, saturatedCount)));

        assign(res.valid, resultsPending);
        assign(res.data, data);
        assign(res.col, streamCol);
        assign(res.last, lastCol);
    }

    /** The registers' values to the blocks they control. */
    private void outputs() {
        for (int i = 0; i < lengths.length; i++) {
            assign(phaseCycles[i], lengths[i]);
        }
        if (gatingEnable != null) {
            assign(gatingEnable, gatingOn);
            assign(earlyMargin, margin);
        }
        if (rangeShift != null) {
            assign(rangeShift, range);
        }
        assign(columnIndex, resize(index, colBits));
        assign(channelIndex, index);
    }
}
