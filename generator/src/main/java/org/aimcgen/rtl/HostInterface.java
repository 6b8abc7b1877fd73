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

        startRequest = regBool("start_request", false);
        gatingOn = gating ? regBool("gating_enable_q", true) : null;
        autoStart = regBool("auto_start", true);
        irqEnable = regBool("irq_enable", false);
        doneSticky = regBool("done_sticky", false);
        resultsPending = regBool("results_pending", false);
        streamCol = reg("stream_col", colBits, 0);
        vmmCount = reg("vmm_count", RegisterMap.DATA_BITS, 0);
        index = reg("index_q", chBits, 0);
        margin = gating ? reg("early_margin_q", PortList.EARLY_MARGIN_BITS, MacroConfig.EARLY_MARGIN_RESET) : null;
        int[] defaults = cfg.defaultPhaseCycles();
        lengths = new UInt[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            lengths[i] = reg(phases.get(i).signalName() + "_q", lenBits, defaults[i]);
        }
        range = ranged ? reg("range_q", PortList.rangeShiftBits(cfg), cfg.rangeShift()) : null;
        saturatedCount = reg("saturated_q", RegisterMap.DATA_BITS, 0);

        // Bus writes first: the logic below (start, done, count) wins in the same cycle.
        registers();
        startPolicy();
        doneAndInterrupt();
        resultStream();
        outputs();
        built();
    }

    /** The register map, declared through the factory from the RegisterMap table. */
    private void registers() {
        HwApbSlaveFactory bus = new HwApbSlaveFactory(this, apb);
        for (RegisterMap r : RegisterMap.present(cfg)) {
            bus.register(r.signalName(), r.address());
        }
        final int ctrl = RegisterMap.CTRL.address();
        bus.setOnSet(startRequest, ctrl, RegisterMap.CTRL_START);
        bus.read(startRequest, ctrl, RegisterMap.CTRL_START);
        if (RegisterMap.hasGating(cfg)) {
            bus.readAndWrite(gatingOn, ctrl, RegisterMap.CTRL_GATING);
        }
        bus.readAndWrite(autoStart, ctrl, RegisterMap.CTRL_AUTO_START);
        bus.readAndWrite(irqEnable, ctrl, RegisterMap.CTRL_IRQ_ENABLE);

        final int status = RegisterMap.STATUS.address();
        bus.read(vmmBusy, status, RegisterMap.STATUS_BUSY);
        bus.read(doneSticky, status, RegisterMap.STATUS_DONE);
        bus.clearOnSet(doneSticky, status, RegisterMap.STATUS_DONE);
        bus.read(vectorReady, status, RegisterMap.STATUS_VECTOR_READY);
        bus.read(resultsPending, status, RegisterMap.STATUS_RESULTS_PENDING);

        for (int i = 0; i < lengths.length; i++) {
            bus.readAndWrite(lengths[i], RegisterMap.phaseLengths().get(i).address(), 0);
        }
        bus.readAndWrite(vmmCount, RegisterMap.VMM_COUNT.address(), 0);
        bus.readAndWrite(index, RegisterMap.INDEX.address(), 0);
        if (RegisterMap.hasGating(cfg)) {
            bus.readAndWrite(margin, RegisterMap.EARLY_MARGIN.address(), 0);
            bus.read(activeCycles, RegisterMap.ACTIVE_CYCLES.address(), 0);
            bus.read(gatedCycles, RegisterMap.GATED_CYCLES.address(), 0);
        }
        bus.read(rawCode, RegisterMap.RAW_CODE.address(), 0);
        // The column result, sign-extended to the bus width.
        bus.read(Hw.signExtend(hostResult, RegisterMap.DATA_BITS), RegisterMap.RESULT.address(), 0);
        bus.read(u(cfg.rows(), RegisterMap.DATA_BITS), RegisterMap.ROWS.address(), 0);
        bus.read(u(cfg.cols(), RegisterMap.DATA_BITS), RegisterMap.COLS.address(), 0);
        // ZERO_CODE is stored in the channel bank, at the channel INDEX selects: a code with
        // adc.zeroFractionBits fraction bits (the sum of the calibration's RAW_CODE readings).
        final int zero = RegisterMap.ZERO_CODE.address();
        bus.read(zeroCode, zero, 0);
        assign(zeroCodeWrite, bus.writeStrobe(zero));
        assign(zeroCodeWdata, slice(apb.pwdata, 0, cfg.zeroCodeBits()));
        if (RegisterMap.hasRange(cfg)) {
            bus.writeClamped(range, RegisterMap.RANGE.address(), cfg.rangeShiftMax());
            bus.read(range, RegisterMap.RANGE.address(), 0);
        }
        bus.read(saturatedCount, RegisterMap.SATURATED.address(), 0);
        saturatedClear = bus.writeStrobe(RegisterMap.SATURATED.address());
        bus.build();
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
