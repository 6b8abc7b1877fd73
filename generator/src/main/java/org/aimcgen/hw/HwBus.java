package org.aimcgen.hw;

/**
 * A port group described once (signal names, directions from the master's side, widths):
 * a block builds it on {@link HwComponent#master()} or {@link HwComponent#slave()} and
 * reads its typed fields; a parent exposes it whole with {@link HwComponent#expose}.
 */
public interface HwBus {
    /** The signals as declared (or described). */
    HwBundle bundle();
}
