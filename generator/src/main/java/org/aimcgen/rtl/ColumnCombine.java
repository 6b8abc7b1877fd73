package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.add;
import static org.aimcgen.hw.Hw.andReduce;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.resize;
import static org.aimcgen.hw.Hw.saturate;
import static org.aimcgen.hw.Hw.select;
import static org.aimcgen.hw.Hw.shiftLeft;
import static org.aimcgen.hw.Hw.signed;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.sub;
import static org.aimcgen.hw.Hw.u;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.SInt;
import spinal.core.UInt;

/**
 * Digital combine (DESIGN.md section 1, step 7), in the control clock domain. One datapath
 * per reader (result stream, host RESULT register, host RAW_CODE register) computes the
 * selected column on demand from the quasi-static TDC state, so the area does not grow
 * with the column count beyond the read multiplexers.
 *
 * <p>TDC code of a channel = coarse count x 8 + fine step. The four oscillator taps
 * latched at the trip form a Johnson code (tap i lags tap 0 by i/8 period), so
 * fine = {~t0, ~(t0 ^ t2), ~(t0 ^ t1 ^ t2 ^ t3)}. A saturated coarse counter reads as the
 * all-ones code. Column result = sum over groups of (code - reference column's code)
 * shifted by capGroup bits per group, saturated to the output width: the subtraction
 * removes the converters' own delay and, for signed weights, the offset-binary zero point.
 * Each code first loses its channel's zero code ({@link OffsetCalibration}; all zero until
 * the host calibrates), which removes the comparators' offsets as well.
 */
public final class ColumnCombine extends HwComponent {
    private final MacroConfig cfg;

    public ColumnCombine(MacroConfig cfg) {
        super(cfg.moduleName("column_combine"));
        this.cfg = cfg;
        final int channels = cfg.channels();
        final int colIndexBits = MacroConfig.bitsFor(cfg.cols());

        UInt coarse = inUInt("coarse_counts", channels * cfg.coarseBits());
        UInt phaseCode = inUInt("phase_code", channels * MacroConfig.RO_TAPS);
        UInt streamIndex = inUInt("stream_index", colIndexBits);
        UInt hostIndex = inUInt("host_index", colIndexBits);
        UInt rawIndex = inUInt("raw_index", MacroConfig.bitsFor(channels));
        UInt zeroCodes = inUInt("zero_codes", channels * cfg.tdcCodeBits());
        UInt streamResult = outUInt("stream_result", cfg.outputBits());
        UInt hostResult = outUInt("host_result", cfg.outputBits());
        UInt rawCode = outUInt("raw_code", cfg.tdcCodeBits());
        // Quasi-static: the counts and latched taps stand still from the end of the chains
        // (at least two oscillator cycles before CONVERT ends) to the next chain start,
        // and a VMM cannot start while results wait to be read.
        crossClock(coarse);
        crossClock(phaseCode);

        SInt[] refCodes = new SInt[cfg.groups()];
        for (int g = 0; g < cfg.groups(); g++) {
            int ch = cfg.channel(cfg.cols(), g);
            UInt code = code("ref_code_g" + g, slice(coarse, ch * cfg.coarseBits(), cfg.coarseBits()),
                    slice(phaseCode, ch * MacroConfig.RO_TAPS, MacroConfig.RO_TAPS));
            refCodes[g] = calibrated("ref_cal_g" + g, code,
                    slice(zeroCodes, ch * cfg.tdcCodeBits(), cfg.tdcCodeBits()));
        }
        assign(streamResult, column("stream", streamIndex, coarse, phaseCode, zeroCodes, refCodes));
        assign(hostResult, column("host", hostIndex, coarse, phaseCode, zeroCodes, refCodes));
        assign(rawCode, code("raw_code_q", select(coarse, cfg.coarseBits(), rawIndex),
                select(phaseCode, MacroConfig.RO_TAPS, rawIndex)));
        built();
    }

    /** One channel's TDC code from its coarse count and latched taps. */
    private UInt code(String name, UInt count, UInt taps) {
        Bool t0 = bit(taps, 0);
        UInt fine = wire(name + "_fine", MacroConfig.FINE_BITS);
        assign(fine, Hw.cat(Hw.not(t0), Hw.not(Hw.xor(t0, bit(taps, 2))),
                Hw.not(Hw.xor(Hw.xor(t0, bit(taps, 1)), Hw.xor(bit(taps, 2), bit(taps, 3))))));
        UInt joined = Hw.cat(count, fine);
        UInt code = wire(name, cfg.tdcCodeBits());
        assign(code, mux(andReduce(count), u((1L << cfg.tdcCodeBits()) - 1, cfg.tdcCodeBits()), joined));
        return code;
    }

    /** A code minus its channel's zero code, signed. */
    private SInt calibrated(String name, UInt code, UInt zeroCode) {
        SInt out = wireSInt(name, cfg.tdcCodeBits() + 1);
        assign(out, sub(signed(code), signed(zeroCode)));
        return out;
    }

    /** The combined result of the column selected by index. */
    private UInt column(String reader, UInt index, UInt coarse, UInt phaseCode, UInt zeroCodes, SInt[] refCodes) {
        final int groups = cfg.groups();
        // Two calibrated codes apart: one bit more than either.
        final int diffBits = cfg.tdcCodeBits() + 2;
        final int sumBits = diffBits + (groups - 1) * cfg.capGroup() + MacroConfig.bitsFor(groups);
        SInt sum = null;
        for (int g = 0; g < groups; g++) {
            // Channels are group-major: group g's columns are one contiguous slice.
            int first = cfg.channel(0, g);
            UInt groupCoarse = slice(coarse, first * cfg.coarseBits(), (cfg.cols() + 1) * cfg.coarseBits());
            UInt groupTaps = slice(phaseCode, first * MacroConfig.RO_TAPS, (cfg.cols() + 1) * MacroConfig.RO_TAPS);
            UInt groupZero = slice(zeroCodes, first * cfg.tdcCodeBits(), (cfg.cols() + 1) * cfg.tdcCodeBits());
            UInt code = code(reader + "_code_g" + g, select(groupCoarse, cfg.coarseBits(), index),
                    select(groupTaps, MacroConfig.RO_TAPS, index));
            SInt cal = calibrated(reader + "_cal_g" + g, code, select(groupZero, cfg.tdcCodeBits(), index));
            SInt diff = wireSInt(reader + "_diff_g" + g, diffBits);
            assign(diff, sub(resize(cal, diffBits), resize(refCodes[g], diffBits)));
            SInt weighted = shiftLeft(resize(diff, sumBits - g * cfg.capGroup()), g * cfg.capGroup());
            sum = sum == null ? weighted : add(sum, weighted);
        }
        SInt total = wireSInt(reader + "_sum", sumBits);
        assign(total, sum);
        return saturate(total, cfg.outputBits()).asUInt();
    }
}
