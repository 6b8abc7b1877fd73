package org.aimcgen.rtl;

/**
 * One field of a register for one configuration: bits lsb..msb, access, reset value
 * (absent when the macro drives the field and claims no value after reset) and meaning.
 * What the host interface builds, the benches program and the .rdl view describes.
 */
public record Field(String name, int lsb, int width, RegisterAccess access, Long reset, String description) {
    public Field {
        if (width < 1 || lsb < 0 || lsb + width > RegisterMap.DATA_BITS) {
            throw new IllegalArgumentException("field " + name + ": bits " + lsb + " to " + (lsb + width - 1)
                    + " outside the " + RegisterMap.DATA_BITS + "-bit register");
        }
        if (reset != null && (reset < 0 || reset > mask(width))) {
            throw new IllegalArgumentException("field " + name + ": reset " + reset + " does not fit " + width
                    + " bits");
        }
    }

    public int msb() {
        return lsb + width - 1;
    }

    public boolean hasReset() {
        return reset != null;
    }

    /** The field's bits in the register word. */
    public long mask() {
        return mask(width) << lsb;
    }

    /** The mask as Verilog and SystemRDL hex digits (no prefix). */
    public String maskHex() {
        return Long.toHexString(mask());
    }

    private static long mask(int width) {
        return (1L << width) - 1;
    }
}
