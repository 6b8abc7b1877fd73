package org.aimcgen.hw;

import scala.Function0;
import scala.runtime.BoxedUnit;
import spinal.core.BitCount;
import spinal.core.Bool;
import spinal.core.Data;
import spinal.core.DataPrimitives;
import spinal.core.U$;
import spinal.core.UInt;
import spinal.core.WhenContext;
import spinal.core.package$;
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
