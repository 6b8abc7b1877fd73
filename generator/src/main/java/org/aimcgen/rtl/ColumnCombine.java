package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.add;
import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.andReduce;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.sub;
import static org.aimcgen.hw.Hw.u;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.Data;
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
 * host calibrates), which removes the comparators' offsets as well. A zero code has
 * z = adc.zeroFractionBits fraction bits (the host sums 2^z calibration readings), so each
 * calibrated code is (code &lt;&lt; z) - zero, the groups' sum carries z fraction bits more
 * than the result, and it is rounded back before the saturation: (sum + 2^(z-1)) &gt;&gt; z,
 * arithmetic (z = 0: no rounding).
 *
 * <p>ADC range (adc.rangeShift k &gt; 0, {@link MacroConfig#tracksReference}): every group g
 * subtracted the reference column in its comparators and ran a 2^r times slower ramp, so its
 * term has no reference code and weighs 2^-r as much: (code - zero) shifted by
 * g x capGroup + f - r, f the output's fraction bits (which every term carries), r the
 * RANGE register ({@code range_shift}). r is a run-time value from 0 to
 * {@link MacroConfig#rangeShiftMax}, so the shift is a multiplexer over constant shifts;
 * the reference column is not read here (the bank has no reference readout then).
 * k = 0 gives the plain combine above. The stream reader also says whether
 * its result sits at a limit of the output word (saturated or exactly at the limit, as
 * model/Metrics counts it), for the SATURATED register.
 */
public final class ColumnCombine extends HwComponent {
    public static final String NAME = "column_combine";

    /** The selected channels of each reader ({@link PortList#channelReadout}), by port name. */
    public final Map<String, Data> readout;
    public final UInt streamResult;
    public final UInt hostResult;
    public final UInt rawCode;
    /** The stream reader's result is at a limit of the output word. */
    public final Bool streamSaturated;
    /** RANGE: the tracked group's shift, r (null without range tracking). */
    public final UInt rangeShift;

    private final MacroConfig cfg;
    /** Every group tracks the reference column (adc.rangeShift &gt; 0). */
    private final boolean tracked;
    /**
     * Two calibrated codes apart: one bit more than either (a calibrated code, with the zero
     * code's z fraction bits, is one more than a zero code).
     */
    private final int diffBits;
    /** The zero codes' fraction bits, z, which the groups' sum carries until it is rounded. */
    private final int zeroFraction;

    public ColumnCombine(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        this.cfg = cfg;
        tracked = cfg.tracksReference();
        zeroFraction = cfg.zeroFractionBits();
        diffBits = cfg.zeroCodeBits() + 2;
        readout = ports(PortList.channelReadout(cfg).flipped());
        rangeShift = tracked ? inUInt("range_shift", PortList.rangeShiftBits(cfg)) : null;
        streamResult = outUInt("stream_result", cfg.outputBits());
        hostResult = outUInt("host_result", cfg.outputBits());
        rawCode = outUInt("raw_code", cfg.tdcCodeBits());
        streamSaturated = outBool("stream_saturated");
        // Quasi-static: the counts and latched taps stand still from the end of the chains
        // (at least two oscillator cycles before CONVERT ends) to the next chain start,
        // and a VMM cannot start while results wait to be read.
        crossClock(pin("raw_coarse"));
        crossClock(pin("raw_taps"));
        for (String reader : PortList.columnReaders(cfg)) {
            crossClock(pin(reader + "_coarse"));
            crossClock(pin(reader + "_taps"));
        }

        // The reference column's codes (none when the comparators track it).
        SInt[] refCodes = new SInt[cfg.groups()];
        for (int g = 0; g < cfg.groups() && !tracked; g++) {
            refCodes[g] = calibrated("ref", g);
        }
        UInt stream = column("stream", refCodes);
        assign(streamResult, stream);
        assign(streamSaturated, atLimit("stream", stream));
        assign(hostResult, column("host", refCodes));
        assign(rawCode, code("raw_code_q", pin("raw_coarse"), pin("raw_taps")));
        built();
    }

    /**
     * One channel's TDC code from its coarse count and latched taps. Each tap is read
     * where it is used (no shared sub-expression, so SpinalHDL adds no temporary).
     */
    private UInt code(String name, UInt count, UInt taps) {
        UInt fine = wire(name + "_fine", MacroConfig.FINE_BITS);
        assign(fine, Hw.cat(Hw.not(bit(taps, 0)), Hw.not(Hw.xor(bit(taps, 0), bit(taps, 2))),
                Hw.not(Hw.xor(Hw.xor(bit(taps, 0), bit(taps, 1)), Hw.xor(bit(taps, 2), bit(taps, 3))))));
        UInt code = wire(name, cfg.tdcCodeBits());
        assign(code, mux(andReduce(count), u((1L << cfg.tdcCodeBits()) - 1, cfg.tdcCodeBits()), Hw.cat(count, fine)));
        return code;
    }

    /**
     * The calibrated code of a reader's channel in group g: its code (shifted to the zero
     * code's z fraction bits) minus its zero code, both widened to the signed width of a
     * difference of two calibrated codes (the value is exact in one bit less; the wider
     * wires let the differences use them directly).
     */
    private SInt calibrated(String reader, int g) {
        UInt coarse = wire(reader + "_coarse_g" + g, cfg.coarseBits());
        assign(coarse, slice(pin(reader + "_coarse"), g * cfg.coarseBits(), cfg.coarseBits()));
        UInt taps = wire(reader + "_taps_g" + g, MacroConfig.RO_TAPS);
        assign(taps, slice(pin(reader + "_taps"), g * MacroConfig.RO_TAPS, MacroConfig.RO_TAPS));
        UInt code = code(reader + "_code_g" + g, coarse, taps);
        SInt codeWide = wireSInt(reader + "_code_s_g" + g, diffBits);
        assign(codeWide, Hw.zeroExtendSigned(code, zeroFraction, diffBits));
        SInt zero = wireSInt(reader + "_zero_s_g" + g, diffBits);
        assign(zero, Hw.zeroExtendSigned(slice(pin(reader + "_zero"), g * cfg.zeroCodeBits(), cfg.zeroCodeBits()),
                diffBits));
        SInt cal = wireSInt(reader + "_cal_g" + g, diffBits);
        assign(cal, sub(codeWide, zero));
        return cal;
    }

    /** The combined result of a reader's column. */
    private UInt column(String reader, SInt[] refCodes) {
        final int groups = cfg.groups();
        final int fraction = cfg.outputFractionBits();
        final int sumBits = diffBits + (groups - 1) * cfg.capGroup() + fraction + MacroConfig.bitsFor(groups);
        UInt sum = null;
        for (int g = 0; g < groups; g++) {
            // Group g weighs 2^(g x capGroup + f). Terms and sum are two's-complement bits
            // of one width, so an unsigned adder gives the signed sum.
            UInt term;
            if (tracked) {
                term = wire(reader + "_term_g" + g, sumBits);
                assign(term, trackedTerm(reader, g, sumBits));
            } else {
                SInt diff = wireSInt(reader + "_diff_g" + g, diffBits);
                assign(diff, sub(calibrated(reader, g), refCodes[g]));
                term = wire(reader + "_term_g" + g, sumBits);
                assign(term, Hw.scaledBits(diff, g * cfg.capGroup() + fraction, sumBits));
            }
            sum = sum == null ? term : add(sum, term);
        }
        UInt total = wire(reader + "_sum", sumBits);
        assign(total, sum);
        return saturate(reader, rounded(reader, total));
    }

    /**
     * The groups' sum rounded from the zero codes' z fraction bits to the result's:
     * (sum + 2^(z-1)) &gt;&gt; z, arithmetic (the top bits of the two's-complement sum), half
     * up. The sum has headroom (its terms are exact in one bit less), so the half cannot
     * overflow it. z = 0: the sum itself.
     */
    private UInt rounded(String reader, UInt total) {
        if (zeroFraction == 0) {
            return total;
        }
        final int sumBits = total.getBitsWidth();
        UInt half = wire(reader + "_sum_half_up", sumBits);
        assign(half, add(total, u(1L << (zeroFraction - 1), sumBits)));
        UInt rounded = wire(reader + "_sum_rounded", sumBits - zeroFraction);
        assign(rounded, slice(half, zeroFraction, sumBits - zeroFraction));
        // The bits rounded away, read by a wire named *unused* (verilator's default
        // --unused-regexp), so that a -Wall lint does not report them.
        UInt dropped = wire(reader + "_sum_fraction_unused", zeroFraction);
        assign(dropped, slice(half, 0, zeroFraction));
        return rounded;
    }

    /**
     * A tracked group's term: its calibrated code (no reference code: the comparators
     * subtracted the reference) shifted by g x capGroup + f - r, one constant shift per
     * value of r; RANGE never holds more than rangeShiftMax, and a larger r would select
     * the last shift anyway.
     */
    private UInt trackedTerm(String reader, int g, int sumBits) {
        SInt cal = calibrated(reader, g);
        int base = g * cfg.capGroup() + cfg.outputFractionBits();
        List<UInt> shifted = new ArrayList<>();
        for (int r = 0; r <= cfg.rangeShiftMax(); r++) {
            UInt term = wire(reader + "_tracked_g" + g + "_r" + r, sumBits);
            assign(term, Hw.scaledBits(cal, base - r, sumBits));
            shifted.add(term);
        }
        return Hw.muxByValue(rangeShift, shifted);
    }

    /** The result is the most positive or the most negative output word. */
    private Bool atLimit(String reader, UInt result) {
        final int outBits = cfg.outputBits();
        Bool saturated = wireBool(reader + "_at_limit");
        assign(saturated, Hw.or(Hw.eq(result, (1L << (outBits - 1)) - 1), Hw.eq(result, 1L << (outBits - 1))));
        return saturated;
    }

    /** The sum clipped to the output width: the most positive or negative result when it overflows. */
    private UInt saturate(String reader, UInt total) {
        final int outBits = cfg.outputBits();
        final int sumBits = total.getBitsWidth();
        if (sumBits <= outBits) {
            return Hw.signExtend(total, outBits);
        }
        // The bits above the output's sign bit, with it: all equal when the sum fits.
        UInt top = wire(reader + "_sum_top", sumBits - outBits + 1);
        assign(top, slice(total, outBits - 1, sumBits - outBits + 1));
        Bool negative = Hw.bit(top, sumBits - outBits);
        Bool over = wireBool(reader + "_over");
        assign(over, and(Hw.not(negative), Hw.orReduce(top)));
        Bool under = wireBool(reader + "_under");
        assign(under, and(Hw.bit(top, sumBits - outBits), Hw.not(Hw.andReduce(top))));
        UInt clipped = wire(reader + "_clipped", outBits);
        assign(clipped, mux(over, u((1L << (outBits - 1)) - 1, outBits),
                mux(under, u(1L << (outBits - 1), outBits), slice(total, 0, outBits))));
        return clipped;
    }
}
