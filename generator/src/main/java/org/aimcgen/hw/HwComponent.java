package org.aimcgen.hw;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.SInt;
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
    /** Ports by name, for the parent to connect (not called io: SpinalHDL reflects on that). */
    private final Map<String, Data> pinMap = new LinkedHashMap<>();

    protected HwComponent(String definitionName) {
        setDefinitionName(definitionName, false);
    }

    /** Names a child block instance. */
    protected final <T extends Component> T instance(String name, T child) {
        valCallback(child, name);
        return child;
    }

    /**
     * Names a child block instance after its module, less this block's name: module
     * MACRO_sequencer becomes instance sequencer. Each block's name is then given once, in
     * its constructor.
     */
    protected final <T extends Component> T instance(T child) {
        String prefix = definitionName() + "_";
        String module = child.definitionName();
        if (!module.startsWith(prefix)) {
            throw new IllegalArgumentException("module " + module + " is not named after its parent " + definitionName());
        }
        return instance(module.substring(prefix.length()), child);
    }

    /** Gives a signal its Verilog name. */
    public final <T extends Data> T named(String name, T data) {
        valCallback(data, name);
        return data;
    }

    protected final UInt inUInt(String name, int width) {
        return pin(name, in$.MODULE$.apply(Hw.uint(width)));
    }

    protected final Bool inBool(String name) {
        return pin(name, in$.MODULE$.apply(Hw.bool()));
    }

    protected final UInt outUInt(String name, int width) {
        return pin(name, out$.MODULE$.apply(Hw.uint(width)));
    }

    protected final Bool outBool(String name) {
        return pin(name, out$.MODULE$.apply(Hw.bool()));
    }

    /** A port of the given direction, for {@link HwBundle}. */
    final Data declarePort(String name, boolean input, Data type) {
        return pin(name, input ? in$.MODULE$.apply(type) : out$.MODULE$.apply(type));
    }

    /** Ports of this block on the master side of a bus (pass to the bus class's constructor). */
    protected final HwBundle master() {
        return HwBundle.on(this, HwBundle.Role.MASTER);
    }

    /** Ports of this block on the slave side of a bus. */
    protected final HwBundle slave() {
        return HwBundle.on(this, HwBundle.Role.SLAVE);
    }

    /**
     * Declares a child block's bus as this block's own ports (same names, same role) and
     * connects the two whole: the one-call equivalent of SpinalHDL's {@code <>} between a
     * parent's io and a child's.
     */
    protected final HwBundle expose(HwBus childBus) {
        HwBundle child = childBus.bundle();
        if (child.owner() == null || child.owner().parent() != this) {
            throw new IllegalArgumentException("expose takes a bus of a child block of " + definitionName());
        }
        HwBundle own = HwBundle.on(this, child.role());
        for (int i = 0; i < child.signals().size(); i++) {
            HwBundle.Signal s = child.signals().get(i);
            Data inner = child.ports().get(i);
            Data outer = own.copyOf(s);
            if (s.drivenBy(child.role())) {
                Hw.connect(outer, inner);
            } else {
                Hw.connect(inner, outer);
            }
        }
        return own;
    }

    private <T extends Data> T pin(String name, T port) {
        pinMap.put(name, port);
        return named(name, port);
    }

    /** A port of a child block, by name. */
    @SuppressWarnings("unchecked")
    protected static <T extends Data> T port(HwComponent child, String name) {
        Data d = child.pinMap.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no port " + name + " on " + child.definitionName());
        }
        return (T) d;
    }

    protected final SInt outSInt(String name, int width) {
        return pin(name, out$.MODULE$.apply(Hw.sint(width)));
    }

    /** Declares every port of a port list (reachable by {@link #port} too); returns them by name. */
    protected final Map<String, Data> ports(PortList list) {
        Map<String, Data> declared = declarePorts(this, list);
        declared.forEach((name, data) -> {
            if (pinMap.putIfAbsent(name, data) != null) {
                throw new IllegalArgumentException("port " + name + " declared twice on " + definitionName());
            }
        });
        return declared;
    }

    /** A port of this block by its port-list name (as {@link HwBlackBox#pin} for a black box). */
    protected final <T extends Data> T pin(String name) {
        return port(this, name);
    }

    static Map<String, Data> declarePorts(spinal.core.Component owner, PortList list) {
        Map<String, Data> out = new LinkedHashMap<>();
        for (Port p : list.ports()) {
            if (p.isReal()) {
                throw new IllegalArgumentException("real port " + p.name() + " cannot cross into RTL");
            }
            Data type = p.vector() ? Hw.uint(p.width()) : Hw.bool();
            Data port = p.isInput() ? in$.MODULE$.apply(type) : out$.MODULE$.apply(type);
            owner.valCallback(port, p.name());
            out.put(p.name(), port);
        }
        return out;
    }

    /** A combinational signal. */
    protected final UInt wire(String name, int width) {
        return named(name, Hw.uint(width));
    }

    protected final Bool wireBool(String name) {
        return named(name, Hw.bool());
    }

    protected final SInt wireSInt(String name, int width) {
        return named(name, Hw.sint(width));
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

    /**
     * A cycle tally for a fast clock: an n-bit counter that wraps, and a sticky overflow
     * flag set by the carry out of its top bit; the value it reports is the count, or all
     * ones once it has overflowed, which is exactly a counter saturating at all ones. The
     * flops see only the incrementer and the clear (no all-ones compare in front of the
     * increment); the all-ones select is combinational after the flops and read only by
     * the control clock, while the tally stands still. Cleared by clear. Returns the
     * reported value, the wire NAME_value.
     */
    protected final UInt tally(String name, int bits, Bool event, Bool clear) {
        UInt count = reg(name + "_count", bits, 0);
        Bool overflow = regBool(name + "_overflow", false);
        Bool step = wireBool(name + "_step");
        Hw.assign(step, event);
        Bool carry = wireBool(name + "_carry");
        Hw.assign(carry, Hw.and(step, Hw.andReduce(count)));
        UInt plusOne = wire(name + "_plus_one", bits);
        Hw.assign(plusOne, Hw.inc(count));
        Hw.assign(count, Hw.mux(clear, Hw.u(0, bits), Hw.mux(step, plusOne, count)));
        Hw.assign(overflow, Hw.and(Hw.not(clear), Hw.or(overflow, carry)));
        UInt value = wire(name + "_value", bits);
        Hw.assign(value, Hw.mux(overflow, Hw.ones(bits), count));
        return value;
    }

    /** Must be the last statement of every subclass constructor. */
    protected final void built() {
        postInitCallback();
    }
}
