package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.dec;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.inc;
import static org.aimcgen.hw.Hw.le;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;
import static org.aimcgen.hw.HwEnum.is;

import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.hw.HwEnum;

import spinal.core.Bool;
import spinal.core.SpinalEnum;
import spinal.core.SpinalEnumCraft;
import spinal.core.UInt;

/**
 * VMM sequencer: steps one vector-matrix multiply through its phases
 * ({@link MacroConfig#VMM_PHASES}; docs/ARCHITECTURE.md, "The digital control RTL"), each
 * lasting a programmable number of control-clock cycles.
 *
 * <pre>
 *   IDLE --start--> DRIVE -> MULTIPLY -> SHARE -> CONVERT -> COMBINE --done--> IDLE
 * </pre>
 * In bit-serial mode ({@code precision.inputBitSerial}) DRIVE, MULTIPLY and SHARE run once
 * per input bit-plane, LSB first, and a {@code plane} output tells the row drivers which
 * bit to drive; the port exists only then.
 * A phase programmed to N cycles lasts max(N, 1) cycles. Lengths are sampled when a phase
 * is entered, so the host may reprogram them during a VMM without tearing a phase.
 * The phase enables are registered (decoded from the next state), so the analog array sees
 * glitch-free one-hot strobes.
 */
public final class Sequencer extends HwComponent {
    public static final String NAME = "sequencer";
    private static final List<String> PHASES = MacroConfig.VMM_PHASES;

    public final Bool start;
    /** Phase lengths, in {@link MacroConfig#VMM_PHASES} order. */
    public final UInt[] phaseCycles;
    /** The bit-plane being driven; null unless bit-serial. */
    public final UInt plane;
    public final Bool busy;
    public final Bool done;
    public final Bool driveEn;
    public final Bool multiplyEn;
    public final Bool shareEn;
    public final Bool convertEn;
    public final Bool combineEn;

    private final int planes;
    private final Bool[] enables;
    private final HwEnum states;
    private final SpinalEnumCraft<SpinalEnum> phase;
    private final SpinalEnumCraft<SpinalEnum> phaseNext;
    private final UInt remaining;

    public Sequencer(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        final int phaseLengthBits = MacroConfig.PHASE_LENGTH_BITS;
        planes = cfg.inputPlanes();
        start = inBool("start");
        phaseCycles = new UInt[PHASES.size()];
        for (int p = 0; p < PHASES.size(); p++) {
            phaseCycles[p] = inUInt(phaseName(p) + "_cycles", phaseLengthBits);
        }
        plane = planes > 1 ? outUInt("plane", MacroConfig.bitsFor(planes)) : null;
        busy = outBool("busy");
        done = outBool("done");
        enables = new Bool[PHASES.size()];
        for (int p = 0; p < PHASES.size(); p++) {
            enables[p] = outBool(phaseName(p) + "_en");
        }
        driveEn = enables[PHASES.indexOf("DRIVE")];
        multiplyEn = enables[PHASES.indexOf("MULTIPLY")];
        shareEn = enables[PHASES.indexOf("SHARE")];
        convertEn = enables[PHASES.indexOf("CONVERT")];
        combineEn = enables[PHASES.indexOf("COMBINE")];

        states = new HwEnum("vmm_phase", listWithIdle());
        phase = states.reg(this, "phase");
        phaseNext = states.wire(this, "phase_next");
        remaining = reg("phase_cycles_left", phaseLengthBits, 0);
        Bool lastPhaseEnds = phaseSteps();
        strobes(lastPhaseEnds);
        built();
    }

    private static String phaseName(int p) {
        return PHASES.get(p).toLowerCase();
    }

    /** The state machine: the cycle counter and the next phase; returns "the last phase ends". */
    private Bool phaseSteps() {
        final int phaseLengthBits = remaining.getBitsWidth();
        Bool lastCycle = wireBool("phase_last_cycle");
        // A phase ends when at most one cycle is left (0 counts as 1: no phase is skipped).
        assign(lastCycle, le(remaining, u(1, phaseLengthBits)));
        assign(phaseNext, phase);
        Bool counting = wireBool("phase_counting");
        assign(counting, not(lastCycle));
        when(counting, () -> assign(remaining, dec(remaining)));
        Bool startAccepted = wireBool("start_accepted");
        assign(startAccepted, and(is(phase, states.value("IDLE")), start));
        when(startAccepted, () -> {
            assign(phaseNext, states.value(PHASES.get(0)));
            assign(remaining, phaseCycles[0]);
        });
        final int planeBits = MacroConfig.bitsFor(planes);
        final UInt planeQ = planes > 1 ? reg("plane_q", planeBits, 0) : null;
        if (planeQ != null) {
            when(startAccepted, () -> assign(planeQ, u(0, planeBits)));
            assign(plane, planeQ);
        }
        Bool lastPhaseEnds = null;
        for (int p = 0; p < PHASES.size(); p++) {
            final int next = p + 1;
            Bool phaseEnds = wireBool(phaseName(p) + "_ends");
            assign(phaseEnds, and(is(phase, states.value(PHASES.get(p))), lastCycle));
            when(phaseEnds, () -> {
                if (next < PHASES.size()) {
                    assign(phaseNext, states.value(PHASES.get(next)));
                    assign(remaining, phaseCycles[next]);
                } else {
                    assign(phaseNext, states.value("IDLE"));
                }
            });
            if (planeQ != null && PHASES.get(p).equals("SHARE")) {
                // Another bit-plane to go: back to DRIVE for it.
                Bool anotherPlane = wireBool("another_plane");
                assign(anotherPlane, and(phaseEnds, not(eq(planeQ, planes - 1))));
                when(anotherPlane, () -> {
                    assign(phaseNext, states.value(PHASES.get(0)));
                    assign(remaining, phaseCycles[0]);
                    assign(planeQ, inc(planeQ));
                });
            }
            lastPhaseEnds = phaseEnds;
        }
        assign(phase, phaseNext);
        return lastPhaseEnds;
    }

    /** Done, busy and the registered one-hot phase enables. */
    private void strobes(Bool lastPhaseEnds) {
        Bool doneReg = regBool("done_pulse", false);
        assign(doneReg, lastPhaseEnds);
        assign(done, doneReg);
        assign(busy, not(is(phase, states.value("IDLE"))));
        for (int p = 0; p < PHASES.size(); p++) {
            Bool enableReg = regBool(phaseName(p) + "_en_reg", false);
            assign(enableReg, is(phaseNext, states.value(PHASES.get(p))));
            assign(enables[p], enableReg);
        }
    }

    private static List<String> listWithIdle() {
        var all = new java.util.ArrayList<String>();
        all.add("IDLE");
        all.addAll(PHASES);
        return all;
    }
}
