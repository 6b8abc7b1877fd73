package org.aimcgen.hw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import spinal.core.Bool;
import spinal.core.Data;
import spinal.core.UInt;

/**
 * The signals of one port group (a bus, a stream) as one block declares them, or as a bare
 * description when no block is being built (the benches' port lists). A bus class
 * ({@link HwBus}) describes its signals once, from the master's side, through
 * {@link #fromMaster} and {@link #toMaster}; the bundle it is given decides what that
 * yields: ports of the right direction on a block, or only the description.
 */
public final class HwBundle {
    /** The side a block takes on a bus: the master drives the signals marked "from master". */
    public enum Role {
        MASTER, SLAVE
    }

    /** One signal: its Verilog name, who drives it, its width; a UInt is a bus even at width 1. */
    public record Signal(String name, boolean fromMaster, int width, boolean vector) {
        /** Whether a block taking the given role drives this signal. */
        public boolean drivenBy(Role role) {
            return fromMaster == (role == Role.MASTER);
        }

        /** Verilog range, e.g. "[7:0]", or "" for a single bit. */
        public String range() {
            return vector ? "[" + (width - 1) + ":0]" : "";
        }
    }

    private final HwComponent owner;
    private final Role role;
    private final List<Signal> signals = new ArrayList<>();
    private final List<Data> data = new ArrayList<>();

    private HwBundle(HwComponent owner, Role role) {
        this.owner = owner;
        this.role = role;
    }

    /** Ports on a block that takes the given role. */
    static HwBundle on(HwComponent owner, Role role) {
        return new HwBundle(owner, role);
    }

    /**
     * A description only, seen by a block that takes the given role: no hardware, so the
     * typed fields of the bus built on it are null. For port lists outside elaboration.
     */
    public static HwBundle describe(Role role) {
        return new HwBundle(null, role);
    }

    public Bool fromMaster(String name) {
        return (Bool) add(new Signal(name, true, 1, false));
    }

    public UInt fromMaster(String name, int width) {
        return (UInt) add(new Signal(name, true, width, true));
    }

    public Bool toMaster(String name) {
        return (Bool) add(new Signal(name, false, 1, false));
    }

    public UInt toMaster(String name, int width) {
        return (UInt) add(new Signal(name, false, width, true));
    }

    /** The same signal on another bundle (a parent exposing a child's bus). */
    Data copyOf(Signal s) {
        return add(s);
    }

    private Data add(Signal s) {
        if (s.width() < 1) {
            throw new IllegalArgumentException("signal " + s.name() + " has width " + s.width());
        }
        for (Signal other : signals) {
            if (other.name().equals(s.name())) {
                throw new IllegalArgumentException("signal " + s.name() + " declared twice in one bus");
            }
        }
        signals.add(s);
        if (owner == null) {
            return null;
        }
        Data type = s.vector() ? Hw.uint(s.width()) : Hw.bool();
        Data port = owner.declarePort(s.name(), !s.drivenBy(role), type);
        data.add(port);
        return port;
    }

    public Role role() {
        return role;
    }

    /** The signals in declaration order. */
    public List<Signal> signals() {
        return Collections.unmodifiableList(signals);
    }

    /** The declared ports, in the order of {@link #signals()} (empty for a description). */
    List<Data> ports() {
        return data;
    }

    HwComponent owner() {
        return owner;
    }
}
