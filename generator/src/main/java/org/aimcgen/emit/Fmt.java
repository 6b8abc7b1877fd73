package org.aimcgen.emit;

import java.math.BigDecimal;

/** Locale-free number formatting for emitted text: the same value always prints the same. */
public final class Fmt {
    public static final Fmt INSTANCE = new Fmt();

    private Fmt() {
    }

    /** Shortest exact decimal of a double, never in exponent form: 0.9, 1e-15 as 0.000000000000001. */
    public String real(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v + ".0";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Scientific notation Verilog accepts, e.g. 1.5e-15. */
    public String sci(double v) {
        return Double.toString(v).replace("E", "e");
    }
}
