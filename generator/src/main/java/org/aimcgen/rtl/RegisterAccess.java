package org.aimcgen.rtl;

/**
 * How software and the macro's logic treat one register field: the access column of the
 * README's register table and the SystemRDL properties of the .rdl view, in one place so
 * that the two cannot say different things. The host interface (HostInterface through
 * {@link RegisterBank}) builds each kind with the matching factory call.
 */
public enum RegisterAccess {
    /** Software reads and writes; the macro reads it. */
    RW("rw", "rw", "r", null, false, false, false),
    /** Software reads and writes; the macro counts it up by one (a VMM done). */
    RW_COUNTER("rw, counts", "rw", "r", null, false, false, true),
    /** Software reads what the macro drives (a status or a measurement). */
    RO("r", "r", "w", null, false, false, false),
    /** Software reads a value fixed when the macro was generated. */
    CONSTANT("r, constant", "r", "na", null, false, false, false),
    /** Writing 1 sets it, writing 0 leaves it; the macro clears it when it acts (a request). */
    W1S("r/w1s", "rw", "r", "woset", false, true, false),
    /** The macro sets it, writing 1 clears it, writing 0 leaves it (a sticky event). */
    W1C("r/w1c", "rw", "r", "woclr", true, false, false),
    /** The macro counts it up, saturating at all ones; any write clears it. */
    WC_COUNTER("r/wc, counts", "rw", "r", "wclr", false, false, true);

    private final String label;
    private final String sw;
    private final String hw;
    private final String onwrite;
    private final boolean hwset;
    private final boolean hwclr;
    private final boolean counter;

    RegisterAccess(String label, String sw, String hw, String onwrite, boolean hwset, boolean hwclr,
            boolean counter) {
        this.label = label;
        this.sw = sw;
        this.hw = hw;
        this.onwrite = onwrite;
        this.hwset = hwset;
        this.hwclr = hwclr;
        this.counter = counter;
    }

    /** The README's access column. */
    public String label() {
        return label;
    }

    /** SystemRDL sw: rw or r. */
    public String sw() {
        return sw;
    }

    /** SystemRDL hw: what the macro's own port does with the field (r, w or na). */
    public String hw() {
        return hw;
    }

    /** SystemRDL onwrite (woset, woclr, wclr), or empty when a write stores the data. */
    public String onwrite() {
        return onwrite == null ? "" : onwrite;
    }

    public boolean hwset() {
        return hwset;
    }

    public boolean hwclr() {
        return hwclr;
    }

    /** A SystemRDL counter (incremented by the macro); WC_COUNTER saturates (incrsaturate). */
    public boolean counter() {
        return counter;
    }

    public boolean saturates() {
        return this == WC_COUNTER;
    }
}
