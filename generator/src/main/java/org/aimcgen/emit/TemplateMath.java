package org.aimcgen.emit;

/** Integer helpers templates need (Velocity has no shift operator). */
public final class TemplateMath {
    public static final TemplateMath INSTANCE = new TemplateMath();

    private TemplateMath() {
    }

    public long pow2(int k) {
        return 1L << k;
    }
}
