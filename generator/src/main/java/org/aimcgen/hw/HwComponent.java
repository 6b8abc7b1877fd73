package org.aimcgen.hw;

import spinal.core.Bool;
import spinal.core.Component;
import spinal.core.Data;
import spinal.core.UInt;
import spinal.core.in$;
import spinal.core.out$;

/**
 * Base of every RTL block. Java has no SpinalHDL compiler plugin, so this class does by
 * hand what the plugin does in Scala: it names every signal through {@code valCallback}
 * and lets the subclass close elaboration with {@link #built()} (the plugin's
 * {@code postInitCallback}). Ports are flat and named, never an {@code io} bundle.
 */
public abstract class HwComponent extends Component {

    protected HwComponent(String definitionName) {
        setDefinitionName(definitionName, false);
    }

    /** Gives a signal its Verilog name. */
    protected final <T extends Data> T named(String name, T data) {
        valCallback(data, name);
        return data;
    }

    protected final UInt inUInt(String name, int width) {
        return named(name, in$.MODULE$.apply(Hw.uint(width)));
    }

    protected final Bool inBool(String name) {
        return named(name, in$.MODULE$.apply(Hw.bool()));
    }

    protected final UInt outUInt(String name, int width) {
        return named(name, out$.MODULE$.apply(Hw.uint(width)));
    }

    protected final Bool outBool(String name) {
        return named(name, out$.MODULE$.apply(Hw.bool()));
    }

    /** A combinational signal. */
    protected final UInt wire(String name, int width) {
        return named(name, Hw.uint(width));
    }

    protected final Bool wireBool(String name) {
        return named(name, Hw.bool());
    }

    /** A register with a reset value. */
    protected final UInt reg(String name, int width, long resetValue) {
        UInt r = (UInt) Hw.uint(width).setAsReg();
        r.init(Hw.u(resetValue, width));
        return named(name, r);
    }

    protected final Bool regBool(String name, boolean resetValue) {
        Bool r = (Bool) Hw.bool().setAsReg();
        r.init(Hw.b(resetValue));
        return named(name, r);
    }

    /** Must be the last statement of every subclass constructor. */
    protected final void built() {
        postInitCallback();
    }
}
