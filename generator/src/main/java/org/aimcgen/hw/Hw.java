package org.aimcgen.hw;

import scala.Function0;
import scala.runtime.BoxedUnit;
import spinal.core.BitCount;
import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.ClockDomain$;
import spinal.core.Data;
import spinal.core.DataPrimitives;
import spinal.core.Mux$;
import spinal.core.SInt;
import spinal.core.U$;
import spinal.core.UInt;
import spinal.core.WhenContext;
import spinal.core.package$;
import spinal.core.crossClockDomain$;
import spinal.core.when$;
import spinal.idslplugin.Location;

/**
 * The SpinalHDL facade: the one place (with {@link HwComponent} and {@link SpinalRun})
 * that knows the Scala-mangled names ($colon$eq, package$.MODULE$, BoxedUnit, Location).
 * RTL classes call these static helpers so they read as hardware, not as Scala interop.
 */
public final class Hw {
    private Hw() {
    }

    /** Hardware types. */
    public static UInt uint(int width) {
        return package$.MODULE$.UInt(new BitCount(width));
    }

    public static Bool bool() {
        return package$.MODULE$.Bool(BoxedUnit.UNIT);
    }

    /** An unsigned literal of the given width. */
    public static UInt u(long value, int width) {
        return U$.MODULE$.apply(value, new BitCount(width));
    }

    public static Bool b(boolean value) {
        return package$.MODULE$.Bool(value, here());
    }

    /** dst := src. */
    public static <T extends Data> void assign(DataPrimitives<T> dst, T src) {
        dst.$colon$eq(src, here());
    }

    /** dst := src for signals known only as Data (ports looked up by name). */
    public static void connect(Data dst, Data src) {
        if (dst instanceof Bool d && src instanceof Bool s) {
            assign(d, s);
        } else if (dst instanceof UInt d && src instanceof UInt s) {
            assign(d, s);
        } else if (dst instanceof SInt d && src instanceof SInt s) {
            assign(d, s);
        } else {
            throw new IllegalArgumentException("cannot connect " + src + " to " + dst);
        }
    }

    /** when(cond) { body }, returning the context for otherwise / elsewhen. */
    public static WhenContext when(Bool cond, Runnable body) {
        return when$.MODULE$.apply(cond, block(body), here());
    }

    public static WhenContext elseWhen(WhenContext ctx, Bool cond, Runnable body) {
        return ctx.elsewhen(cond, block(body), here());
    }

    public static void otherwise(WhenContext ctx, Runnable body) {
        ctx.otherwise(block(body));
    }

    /** Boolean helpers, so RTL reads and(a, b) instead of a.$amp$amp(b). */
    public static Bool and(Bool a, Bool b) {
        return a.$amp$amp(b);
    }

    public static Bool or(Bool a, Bool b) {
        return a.$bar$bar(b);
    }

    public static Bool not(Bool a) {
        return a.unary_$bang();
    }

    public static Bool eq(UInt a, UInt b) {
        return a.$eq$eq$eq(b);
    }

    public static Bool eq(UInt a, long value) {
        return a.$eq$eq$eq(u(value, a.getBitsWidth()));
    }

    public static Bool lt(UInt a, UInt b) {
        return a.$less(b);
    }

    public static Bool le(UInt a, UInt b) {
        return a.$less$eq(b);
    }

    public static Bool ge(UInt a, UInt b) {
        return a.$greater$eq(b);
    }

    public static UInt add(UInt a, UInt b) {
        return a.$plus(b);
    }

    /** a + value, keeping the width of a (wrap-around). */
    public static UInt inc(UInt a) {
        return a.$plus(u(1, a.getBitsWidth()));
    }

    public static UInt sub(UInt a, UInt b) {
        return a.$minus(b);
    }

    public static UInt dec(UInt a) {
        return a.$minus(u(1, a.getBitsWidth()));
    }

    public static UInt resize(UInt a, int width) {
        return a.resize(width);
    }

    // ---- buses ----------------------------------------------------------------------

    /** bus[offset +: width]; assignable when bus is. */
    public static UInt slice(UInt bus, int offset, int width) {
        return (UInt) bus.apply(offset, new BitCount(width));
    }

    public static Bool bit(UInt bus, int index) {
        return bus.apply(index);
    }

    /** Element index of a bus packed as equal elements of the given width (a read mux). */
    public static UInt select(UInt bus, int width, UInt index) {
        int elements = bus.getBitsWidth() / width;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(elements - 1));
        return (UInt) bus.subdivideIn(new BitCount(width)).apply(index.resize(indexBits));
    }

    /**
     * Concatenation, most significant part first ({hi, ..., lo} in Verilog). Building a bus
     * this way gives one continuous assignment instead of partial assignments in an
     * always block, which Icarus would not evaluate at time zero.
     */
    public static UInt cat(Data... parts) {
        spinal.core.Bits bits = parts[0].asBits();
        for (int i = 1; i < parts.length; i++) {
            bits = bits.$hash$hash(parts[i].asBits());
        }
        return bits.asUInt();
    }

    /** a &amp; mask, bit by bit (equal widths). */
    public static UInt andMask(UInt a, UInt mask) {
        return a.$amp(mask);
    }

    /** The bus repeated count times ({count{a}} in Verilog). */
    public static UInt repeat(UInt a, int count) {
        return a.asBits().$hash$times(count).asUInt();
    }

    /** a sign-extended to width ({a[msb] x n, a} in Verilog: no temporary). */
    public static UInt signExtend(UInt a, int width) {
        int w = a.getBitsWidth();
        if (w >= width) {
            return slice(a, 0, width);
        }
        return cat(a.msb().asBits().$hash$times(width - w).asUInt(), a);
    }

    /** a zero-extended into a signed value of the given width ({0..., a}: no temporary). */
    public static SInt zeroExtendSigned(UInt a, int width) {
        return zeroExtendSigned(a, 0, width);
    }

    /** a x 2^shift zero-extended into a signed value of the given width ({0..., a, zeros}: no temporary). */
    public static SInt zeroExtendSigned(UInt a, int shift, int width) {
        int w = a.getBitsWidth();
        if (w + shift >= width) {
            throw new IllegalArgumentException("zeroExtendSigned: " + w + " bits shifted by " + shift + " into "
                    + width);
        }
        return shift == 0 ? cat(u(0, width - w), a).asSInt() : cat(u(0, width - w - shift), a, u(0, shift)).asSInt();
    }

    /**
     * The two's-complement bits of a x 2^shift at the given width, as one concatenation
     * ({sign..., a, zeros}): the same bits as resizing then shifting, without temporaries.
     * Sums of such terms may be taken as UInt: equal widths, same bits as signed addition.
     */
    public static UInt scaledBits(SInt a, int shift, int width) {
        int w = a.getBitsWidth();
        int extend = width - w - shift;
        if (extend < 0) {
            throw new IllegalArgumentException("scaled: " + w + " bits shifted by " + shift + " exceed " + width);
        }
        java.util.List<Data> parts = new java.util.ArrayList<>();
        if (extend > 0) {
            parts.add(a.msb().asBits().$hash$times(extend));
        }
        parts.add(a);
        if (shift > 0) {
            parts.add(u(0, shift));
        }
        return cat(parts.toArray(new Data[0]));
    }

    /** One-hot code of index: bit k is (index == k), for k below bits. */
    public static UInt oneHot(UInt index, int bits) {
        Data[] hot = new Data[bits];
        for (int k = 0; k < bits; k++) {
            hot[bits - 1 - k] = eq(index, k);
        }
        return cat(hot);
    }

    public static Bool xor(Bool a, Bool b) {
        return a.$up(b);
    }

    /** cond ? whenTrue : whenFalse. */
    public static <T extends Data> T mux(Bool cond, T whenTrue, T whenFalse) {
        return Mux$.MODULE$.apply(cond, whenTrue, whenFalse);
    }

    /**
     * choices[sel]: a chain of 2:1 multiplexers over a run-time value, every value past the
     * last choice selecting the last (a clamp, so an out-of-range value is harmless).
     */
    public static <T extends Data> T muxByValue(UInt sel, java.util.List<T> choices) {
        T out = choices.get(choices.size() - 1);
        for (int i = choices.size() - 2; i >= 0; i--) {
            out = mux(eq(sel, i), choices.get(i), out);
        }
        return out;
    }

    /** A one-bit UInt from a Bool. */
    public static UInt uint(Bool b) {
        return U$.MODULE$.apply(b);
    }

    /** Zero-extends into a signed value one bit wider. */
    public static SInt signed(UInt a) {
        return a.intoSInt();
    }

    public static SInt sint(int width) {
        return package$.MODULE$.SInt(new BitCount(width));
    }

    public static SInt sub(SInt a, SInt b) {
        return a.$minus(b);
    }

    public static SInt add(SInt a, SInt b) {
        return a.$plus(b);
    }

    public static SInt resize(SInt a, int width) {
        return a.resize(width);
    }

    /** Shift left by a constant, growing the width. */
    public static SInt shiftLeft(SInt a, int bits) {
        return (SInt) a.$less$less(bits);
    }

    /** Saturates a signed value to the given width (symmetric clipping is not wanted here). */
    public static SInt saturate(SInt a, int width) {
        return a.getBitsWidth() <= width ? a.resize(width) : a.sat(a.getBitsWidth() - width);
    }

    public static Bool orReduce(UInt a) {
        return a.orR();
    }

    public static Bool andReduce(UInt a) {
        return a.andR();
    }

    /** All ones of the given width. */
    public static UInt ones(int width) {
        return u(0, width).unary_$tilde();
    }

    // ---- clock domains ---------------------------------------------------------------

    /**
     * A clock domain on the given clock with the given asynchronous, active-high reset
     * (SpinalHDL's default configuration, as the control clock domain uses).
     */
    public static ClockDomain clockDomain(Bool clock, Bool reset) {
        return ClockDomain$.MODULE$.apply(clock, reset, ClockDomain.apply$default$3(),
                ClockDomain.apply$default$4(), ClockDomain.apply$default$5(), ClockDomain.apply$default$6(),
                ClockDomain.apply$default$7(), ClockDomain.apply$default$8());
    }

    /**
     * Marks a signal as a deliberate clock-domain crossing (the first flop of a
     * synchroniser, or a quasi-static value read only while its source stands still), so
     * SpinalHDL's crossing check accepts it. Every use says which of the two it is.
     */
    public static <T extends Data> T crossClock(T signal) {
        signal.addTag(crossClockDomain$.MODULE$);
        return signal;
    }

    /** The clock of the clock domain being built in. */
    public static Bool currentClock() {
        return ClockDomain.current().readClockWire();
    }

    /** The reset of the clock domain being built in (the control clock's). */
    public static Bool currentReset() {
        return ClockDomain.current().readResetWire();
    }

    /** Builds a child component clocked by the given domain. */
    public static <T> T inDomain(ClockDomain domain, java.util.function.Supplier<T> build) {
        return domain.apply(build::get);
    }

    /** Builds logic clocked by the given domain (a section of a block with two clocks). */
    public static void inDomain(ClockDomain domain, Runnable build) {
        domain.apply(() -> {
            build.run();
            return BoxedUnit.UNIT;
        });
    }

    public static Function0<BoxedUnit> block(Runnable body) {
        return () -> {
            body.run();
            return BoxedUnit.UNIT;
        };
    }

    /**
     * The Java caller's file and line, as the Scala compiler would have supplied it:
     * SpinalHDL uses it for error messages that point at the RTL class.
     */
    static Location here() {
        StackWalker.StackFrame frame = StackWalker.getInstance()
                .walk(frames -> frames
                        .filter(f -> !f.getClassName().startsWith(Hw.class.getPackageName()))
                        .findFirst().orElse(null));
        if (frame == null) {
            return new Location("aimcgen", 0, 0);
        }
        return new Location(String.valueOf(frame.getFileName()), frame.getLineNumber(), 0);
    }
}
