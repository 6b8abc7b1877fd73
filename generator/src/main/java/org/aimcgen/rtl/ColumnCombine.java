package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.add;
import static org.aimcgen.hw.Hw.andReduce;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.resize;
import static org.aimcgen.hw.Hw.saturate;
import static org.aimcgen.hw.Hw.shiftLeft;
import static org.aimcgen.hw.Hw.signed;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.sub;
import static org.aimcgen.hw.Hw.u;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.SInt;
import spinal.core.UInt;

/**
 * Digital combine (docs/ARCHITECTURE.md, "The digital control RTL"), in the control clock
 * domain. One datapath per reader (result stream, host RESULT register, host RAW_CODE
 * register) computes the selected column on demand from the quasi-static TDC state, so the
 * area does not grow with the column count. The channel bank selects each reader's
 * channels ({@link PortList#channelReadout}); this block sees only the selected ones.
 *
 * <p>TDC code of a channel = coarse count x 8 + fine step. The four oscillator taps
 * latched at the trip form a Johnson code (tap i lags tap 0 by i/8 period), so
 * fine = {~t0, ~(t0 ^ t2), ~(t0 ^ t1 ^ t2 ^ t3)}. A saturated coarse counter reads as the
 * all-ones code. Column result = sum over groups of (code - reference column's code)
 * shifted by capGroup bits per group, saturated to the output width: the subtraction
 * removes the converters' own delay and, for signed weights, the offset-binary zero point.
 * Each code first loses its channel's zero code ({@link ChannelLeaf}; all zero until the
 * host calibrates), which removes the comparators' offsets as well.
 */
public final class ColumnCombine extends HwComponent {
    private final MacroConfig cfg;

    public ColumnCombine(MacroConfig cfg) {
        super(cfg.moduleName("column_combine"));
        this.cfg = cfg;
        ports(PortList.channelReadout(cfg).flipped());
        UInt streamResult = outUInt("stream_result", cfg.outputBits());
        UInt hostResult = outUInt("host_result", cfg.outputBits());
        UInt rawCode = outUInt("raw_code", cfg.tdcCodeBits());
        // Quasi-static: the counts and latched taps stand still from the end of the chains
        // (at least two oscillator cycles before CONVERT ends) to the next chain start,
        // and a VMM cannot start while results wait to be read.
        crossClock(pin("raw_coarse"));
        crossClock(pin("raw_taps"));
        for (String reader : PortList.COLUMN_READERS) {
            crossClock(pin(reader + "_coarse"));
            crossClock(pin(reader + "_taps"));
        }

        SInt[] refCodes = new SInt[cfg.groups()];
        for (int g = 0; g < cfg.groups(); g++) {
            refCodes[g] = calibrated("ref_cal_g" + g, groupCode("ref_code_g" + g, "ref", g), groupZero("ref", g));
        }
        assign(streamResult, column("stream", refCodes));
        assign(hostResult, column("host", refCodes));
        assign(rawCode, code("raw_code_q", pin("raw_coarse"), pin("raw_taps")));
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

    /** The TDC code of a reader's channel in group g. */
    private UInt groupCode(String name, String reader, int g) {
        return code(name, slice(pin(reader + "_coarse"), g * cfg.coarseBits(), cfg.coarseBits()),
                slice(pin(reader + "_taps"), g * MacroConfig.RO_TAPS, MacroConfig.RO_TAPS));
    }

    /** The zero code of a reader's channel in group g. */
    private UInt groupZero(String reader, int g) {
        return slice(pin(reader + "_zero"), g * cfg.tdcCodeBits(), cfg.tdcCodeBits());
    }

    /** A code minus its channel's zero code, signed. */
    private SInt calibrated(String name, UInt code, UInt zeroCode) {
        SInt out = wireSInt(name, cfg.tdcCodeBits() + 1);
        assign(out, sub(signed(code), signed(zeroCode)));
        return out;
    }

    /** The combined result of a reader's column. */
    private UInt column(String reader, SInt[] refCodes) {
        final int groups = cfg.groups();
        // Two calibrated codes apart: one bit more than either.
        final int diffBits = cfg.tdcCodeBits() + 2;
        final int sumBits = diffBits + (groups - 1) * cfg.capGroup() + MacroConfig.bitsFor(groups);
        SInt sum = null;
        for (int g = 0; g < groups; g++) {
            UInt code = groupCode(reader + "_code_g" + g, reader, g);
            SInt cal = calibrated(reader + "_cal_g" + g, code, groupZero(reader, g));
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
