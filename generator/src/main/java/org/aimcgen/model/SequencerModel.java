package org.aimcgen.model;

import java.util.List;

/**
 * Cycle timing the sequencer RTL must show: each phase programmed to N cycles lasts
 * max(N, 1) cycles, the phases run back to back from the edge that samples start, and
 * done rises on the edge that ends the last phase.
 */
public final class SequencerModel {
    private SequencerModel() {
    }

    /**
     * Cycles each phase's enable is high, for the programmed lengths; with bit-serial
     * inputs DRIVE, MULTIPLY and SHARE run once per plane.
     */
    public static int[] phaseCycles(int[] programmed, int planes) {
        int share = phaseNames().indexOf("SHARE");
        int[] out = new int[programmed.length];
        for (int i = 0; i < programmed.length; i++) {
            out[i] = Math.max(programmed[i], 1) * (i <= share ? planes : 1);
        }
        return out;
    }

    /** Cycles from the clock edge that samples start to the edge that raises done. */
    public static int latencyCycles(int[] programmed, int planes) {
        int total = 0;
        for (int c : phaseCycles(programmed, planes)) {
            total += c;
        }
        return total;
    }

    public static List<String> phaseNames() {
        return org.aimcgen.config.MacroConfig.VMM_PHASES;
    }
}
