package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.u;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.HwApbSlaveFactory;

import spinal.core.Bool;
import spinal.core.Data;
import spinal.core.UInt;

/**
 * The host interface's registers as {@link RegisterMap} lists them: the block binds each
 * field of the table to its signal, and the bank builds it through the APB slave factory
 * with the field's bits and the factory calls its {@link RegisterAccess} stands for. A
 * signal of another width than its field, a field bound twice, or a field of the table no
 * signal was bound to stops the elaboration: the RTL cannot drift from the table, nor from
 * the views built from it (the .rdl, the C header, the README).
 */
final class RegisterBank {
    private final MacroConfig cfg;
    private final HwApbSlaveFactory bus;
    private final Set<String> bound = new LinkedHashSet<>();

    RegisterBank(MacroConfig cfg, HwApbSlaveFactory bus) {
        this.cfg = cfg;
        this.bus = bus;
        for (RegisterMap r : RegisterMap.present(cfg)) {
            bus.register(r.signalName(), r.address());
        }
    }

    /** The field's bits, access and reset value in this macro (for the block's state). */
    Field field(RegisterMap reg, String name) {
        return reg.field(cfg, name);
    }

    /** Binds the field to a register or signal of the block, as its access says. */
    void bind(RegisterMap reg, String name, Data signal) {
        Field f = claim(reg, name, signal);
        int at = reg.address();
        switch (f.access()) {
            case RW, RW_COUNTER -> bus.readAndWrite(signal, at, f.lsb());
            case RO, WC_COUNTER -> bus.read(signal, at, f.lsb());
            case W1S -> {
                bus.setOnSet((Bool) signal, at, f.lsb());
                bus.read(signal, at, f.lsb());
            }
            case W1C -> {
                bus.read(signal, at, f.lsb());
                bus.clearOnSet((Bool) signal, at, f.lsb());
            }
            case CONSTANT -> throw new IllegalArgumentException(reg + "." + name + " is a constant: bindConstant");
        }
    }

    /** A constant field reads its reset value, the value the generator fixed. */
    void bindConstant(RegisterMap reg, String name) {
        Field f = reg.field(cfg, name);
        if (f.access() != RegisterAccess.CONSTANT) {
            throw new IllegalArgumentException(reg + "." + name + " is not a constant");
        }
        UInt value = u(f.reset(), f.width());
        claim(reg, name, value);
        bus.read(value, reg.address(), f.lsb());
    }

    /** A read-write field whose write clamps at max (the whole bus word compared). */
    void bindClamped(RegisterMap reg, String name, UInt signal, long max) {
        Field f = claim(reg, name, signal);
        requireAccess(reg, f, RegisterAccess.RW);
        if (f.lsb() != 0) {
            throw new IllegalArgumentException(reg + "." + name + ": a clamped field starts at bit 0");
        }
        bus.writeClamped(signal, reg.address(), max);
        bus.read(signal, reg.address(), f.lsb());
    }

    /**
     * A read-write field stored outside the block: the bank reads it from readValue; the
     * block takes the write from {@link #writeStrobe} and the bus data bits of the field.
     */
    void bindStoredElsewhere(RegisterMap reg, String name, UInt readValue) {
        Field f = claim(reg, name, readValue);
        requireAccess(reg, f, RegisterAccess.RW);
        bus.read(readValue, reg.address(), f.lsb());
    }

    /** High during a write to the register: for a clear-on-write field or a value kept elsewhere. */
    Bool writeStrobe(RegisterMap reg) {
        return bus.writeStrobe(reg.address());
    }

    /** Closes the bank: every field of the macro's table must be bound. */
    void build() {
        for (RegisterMap r : RegisterMap.present(cfg)) {
            List<String> missing = r.fields(cfg).stream().map(f -> key(r, f.name())).filter(k -> !bound.contains(k))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("register fields in the table but not in the RTL: " + missing);
            }
        }
        bus.build();
    }

    private Field claim(RegisterMap reg, String name, Data signal) {
        if (!reg.presentIn(cfg)) {
            throw new IllegalArgumentException("macro " + cfg.name() + " has no register " + reg);
        }
        Field f = reg.field(cfg, name);
        if (signal.getBitsWidth() != f.width()) {
            throw new IllegalArgumentException(reg + "." + name + " is " + f.width() + " bits in the register table, "
                    + "its signal " + signal.getBitsWidth());
        }
        if (!bound.add(key(reg, name))) {
            throw new IllegalArgumentException(reg + "." + name + " bound twice");
        }
        return f;
    }

    private static void requireAccess(RegisterMap reg, Field f, RegisterAccess want) {
        if (f.access() != want) {
            throw new IllegalArgumentException(reg + "." + f.name() + " is " + f.access() + ", not " + want);
        }
    }

    private static String key(RegisterMap reg, String field) {
        return reg + "." + field;
    }
}
