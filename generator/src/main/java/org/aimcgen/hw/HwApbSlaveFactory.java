package org.aimcgen.hw;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import spinal.core.Bool;
import spinal.core.Data;
import spinal.core.UInt;

/**
 * Registers on an APB3 slave port, declared field by field (after SpinalHDL's
 * BusSlaveFactory): a block names each register and its address once, then says which
 * signal each field reads from or writes to; the factory builds the address decode, the
 * write enables, the read mux, PREADY (always high: no wait states) and PSLVERR (an access
 * to an address no register holds). Write actions take effect in the order they are
 * declared, so logic the block writes later (a counter's increment, an event that sets a
 * sticky bit) wins over a bus write in the same cycle.
 *
 * <p>Generated names: {@code NAME_sel} (the address matches), {@code NAME_wen} (a write
 * access to it, when the register has written fields), {@code NAME_rdata} (the read word),
 * {@code REG_set} / {@code REG_clear} (a write of 1 to a set or clear bit), {@code apb_access},
 * {@code apb_write}, {@code apb_mapped}.
 */
public final class HwApbSlaveFactory {
    private final HwComponent owner;
    private final Apb3 apb;
    private final Bool access;
    private final Bool writeAccess;
    private final Map<Integer, Register> registers = new TreeMap<>();
    private boolean built;

    private static final class Register {
        final String name;
        final Bool sel;
        Bool wen;
        final List<Field> reads = new ArrayList<>();
        long readBits;
        long writeBits;

        Register(String name, Bool sel, Bool wen) {
            this.name = name;
            this.sel = sel;
            this.wen = wen;
        }
    }

    private record Field(Data value, int offset, int width) {
    }

    public HwApbSlaveFactory(HwComponent owner, Apb3 apb) {
        this.owner = owner;
        this.apb = apb;
        access = owner.named("apb_access", Hw.bool());
        writeAccess = owner.named("apb_write", Hw.bool());
        assign(access, and(apb.psel, apb.penable));
        assign(writeAccess, and(access, apb.pwrite));
    }

    /** Declares a register (its fields follow); one register an address, one address a name. */
    public void register(String name, int address) {
        check();
        if (address < 0 || address >= 1L << apb.config.addressBits()) {
            throw new IllegalArgumentException("register " + name + ": address 0x" + Integer.toHexString(address)
                    + " does not fit " + apb.config.addressBits() + " address bits");
        }
        Register other = registers.get(address);
        if (other != null) {
            throw new IllegalArgumentException("registers " + other.name + " and " + name + " both at address 0x"
                    + Integer.toHexString(address));
        }
        for (Register r : registers.values()) {
            if (r.name.equals(name)) {
                throw new IllegalArgumentException("register " + name + " declared twice");
            }
        }
        Bool sel = owner.named(name + "_sel", Hw.bool());
        assign(sel, eq(apb.paddr, address));
        registers.put(address, new Register(name, sel, null));
    }

    /** The register reads value at bit offset (a Bool or a UInt). */
    public void read(Data value, int address, int bitOffset) {
        Register r = field(address, bitOffset, value.getBitsWidth(), true);
        r.reads.add(new Field(value, bitOffset, value.getBitsWidth()));
    }

    /** A write loads reg from the data bits at bit offset. */
    public void write(Data reg, int address, int bitOffset) {
        Register r = field(address, bitOffset, reg.getBitsWidth(), false);
        when(wen(r), () -> Hw.connect(reg, dataBits(reg, bitOffset)));
    }

    /**
     * A write loads reg from the data word, a value above max loading max: the whole word is
     * compared, so a large value clamps rather than wrapping into reg's width.
     */
    public void writeClamped(UInt reg, int address, long max) {
        if (max < 0 || max >= 1L << reg.getBitsWidth()) {
            throw new IllegalArgumentException("clamp " + max + " does not fit " + reg.getBitsWidth() + " bits");
        }
        Register r = field(address, 0, apb.config.dataBits(), false);
        Bool above = owner.named(r.name + "_above_max", Hw.bool());
        assign(above, Hw.lt(u(max, apb.config.dataBits()), apb.pwdata));
        when(wen(r), () -> assign(reg, Hw.mux(above, u(max, reg.getBitsWidth()),
                slice(apb.pwdata, 0, reg.getBitsWidth()))));
    }

    public void readAndWrite(Data reg, int address, int bitOffset) {
        read(reg, address, bitOffset);
        write(reg, address, bitOffset);
    }

    /** Writing 1 at the bit sets reg; writing 0 leaves it (a request bit). */
    public void setOnSet(Bool reg, int address, int bit) {
        Register r = field(address, bit, 1, false);
        when(strobe(reg.getName() + "_set", r, bit), () -> assign(reg, b(true)));
    }

    /** Writing 1 at the bit clears reg (W1C); writing 0 leaves it. */
    public void clearOnSet(Bool reg, int address, int bit) {
        Register r = field(address, bit, 1, false);
        when(strobe(reg.getName() + "_clear", r, bit), () -> assign(reg, b(false)));
    }

    /** Runs action under a write to the address (its assignments take effect on that write). */
    public void onWrite(int address, Runnable action) {
        when(wen(registerAt(address)), action);
    }

    /** High during a write access to the address: a one-cycle strobe for a register kept elsewhere. */
    public Bool writeStrobe(int address) {
        return wen(registerAt(address));
    }

    /** Closes the factory: the mapped-address check, PREADY, PSLVERR and the read mux. */
    public void build() {
        check();
        built = true;
        final int dataBits = apb.config.dataBits();
        Bool mapped = owner.named("apb_mapped", Hw.bool());
        // A balanced OR tree: a chain as deep as the register count makes SpinalHDL split
        // it with an unnamed temporary.
        List<Bool> hits = new ArrayList<>();
        for (Register r : registers.values()) {
            hits.add(r.sel);
        }
        while (hits.size() > 1) {
            List<Bool> next = new ArrayList<>();
            for (int i = 0; i + 1 < hits.size(); i += 2) {
                next.add(Hw.or(hits.get(i), hits.get(i + 1)));
            }
            if (hits.size() % 2 == 1) {
                next.add(hits.get(hits.size() - 1));
            }
            hits = next;
        }
        assign(mapped, hits.isEmpty() ? b(false) : hits.get(0));
        assign(apb.pready, b(true));
        assign(apb.pslverr, and(access, not(mapped)));

        Map<Register, UInt> words = new LinkedHashMap<>();
        for (Register r : registers.values()) {
            if (!r.reads.isEmpty()) {
                UInt word = owner.named(r.name + "_rdata", Hw.uint(dataBits));
                assign(word, readWord(r, dataBits));
                words.put(r, word);
            }
        }
        assign(apb.prdata, u(0, dataBits));
        words.forEach((r, word) -> when(r.sel, () -> assign(apb.prdata, word)));
    }

    /** The read fields of a register packed into a bus word, unread bits zero. */
    private static UInt readWord(Register r, int dataBits) {
        List<Field> fields = new ArrayList<>(r.reads);
        fields.sort((a, c) -> Integer.compare(c.offset(), a.offset()));
        List<Data> parts = new ArrayList<>();
        int top = dataBits;
        for (Field f : fields) {
            int end = f.offset() + f.width();
            if (end < top) {
                parts.add(u(0, top - end));
            }
            parts.add(f.value());
            top = f.offset();
        }
        if (top > 0) {
            parts.add(u(0, top));
        }
        return Hw.cat(parts.toArray(new Data[0]));
    }

    /** The register's write enable, declared when first needed (read-only registers have none). */
    private Bool wen(Register r) {
        if (r.wen == null) {
            r.wen = owner.named(r.name + "_wen", Hw.bool());
            assign(r.wen, and(writeAccess, r.sel));
        }
        return r.wen;
    }

    /** A named write of 1 at the bit of the register. */
    private Bool strobe(String name, Register r, int bit) {
        Bool s = owner.named(name, Hw.bool());
        assign(s, and(wen(r), bit(apb.pwdata, bit)));
        return s;
    }

    private Data dataBits(Data reg, int offset) {
        return reg instanceof Bool ? bit(apb.pwdata, offset) : slice(apb.pwdata, offset, reg.getBitsWidth());
    }

    private Register registerAt(int address) {
        check();
        Register r = registers.get(address);
        if (r == null) {
            throw new IllegalArgumentException("no register at address 0x" + Integer.toHexString(address));
        }
        return r;
    }

    /** The register at address, after checking the field fits and overlaps no other field of its kind. */
    private Register field(int address, int offset, int width, boolean read) {
        Register r = registerAt(address);
        if (offset < 0 || offset + width > apb.config.dataBits()) {
            throw new IllegalArgumentException("register " + r.name + ": bits " + offset + ".." + (offset + width - 1)
                    + " outside the " + apb.config.dataBits() + "-bit word");
        }
        long mask = (width >= 64 ? -1L : (1L << width) - 1) << offset;
        long used = read ? r.readBits : r.writeBits;
        if ((used & mask) != 0) {
            throw new IllegalArgumentException("register " + r.name + ": bits " + offset + ".." + (offset + width - 1)
                    + (read ? " read" : " written") + " by two fields");
        }
        if (read) {
            r.readBits |= mask;
        } else {
            r.writeBits |= mask;
        }
        return r;
    }

    private void check() {
        if (built) {
            throw new IllegalStateException("the register factory is already built");
        }
    }
}
