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
    private static final List<String> PHASES = MacroConfig.VMM_PHASES;

    public Sequencer(MacroConfig cfg) {
        super(cfg.moduleName("sequencer"));
        final int phaseLengthBits = MacroConfig.PHASE_LENGTH_BITS;
        Bool start = inBool("start");
        UInt[] lengths = new UInt[PHASES.size()];
        for (int p = 0; p < PHASES.size(); p++) {
            lengths[p] = inUInt(PHASES.get(p).toLowerCase() + "_cycles", phaseLengthBits);
        }
        final int planes = cfg.inputPlanes();
        final int planeBits = MacroConfig.bitsFor(planes);
        UInt planeOut = planes > 1 ? outUInt("plane", planeBits) : null;
        Bool busy = outBool("busy");
        Bool done = outBool("done");
        Bool[] enables = new Bool[PHASES.size()];
        for (int p = 0; p < PHASES.size(); p++) {
            enables[p] = outBool(PHASES.get(p).toLowerCase() + "_en");
        }

        HwEnum states = new HwEnum("vmm_phase", listWithIdle());
        SpinalEnumCraft<SpinalEnum> phase = states.reg(this, "phase");
        SpinalEnumCraft<SpinalEnum> phaseNext = states.wire(this, "phase_next");
        UInt remaining = reg("phase_cycles_left", phaseLengthBits, 0);
        Bool lastCycle = wireBool("phase_last_cycle");
        Bool doneReg = regBool("done_pulse", false);

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
            assign(remaining, lengths[0]);
        });
        final UInt plane = planes > 1 ? reg("plane_q", planeBits, 0) : null;
        if (plane != null) {
            when(startAccepted, () -> assign(plane, u(0, planeBits)));
            assign(planeOut, plane);
        }
        Bool lastPhaseEnds = null;
        for (int p = 0; p < PHASES.size(); p++) {
            final int next = p + 1;
            Bool phaseEnds = wireBool(PHASES.get(p).toLowerCase() + "_ends");
            assign(phaseEnds, and(is(phase, states.value(PHASES.get(p))), lastCycle));
            when(phaseEnds, () -> {
                if (next < PHASES.size()) {
                    assign(phaseNext, states.value(PHASES.get(next)));
                    assign(remaining, lengths[next]);
                } else {
                    assign(phaseNext, states.value("IDLE"));
                }
            });
            if (planes > 1 && PHASES.get(p).equals("SHARE")) {
                // Another bit-plane to go: back to DRIVE for it.
                Bool anotherPlane = wireBool("another_plane");
                assign(anotherPlane, and(phaseEnds, not(eq(plane, planes - 1))));
                when(anotherPlane, () -> {
                    assign(phaseNext, states.value(PHASES.get(0)));
                    assign(remaining, lengths[0]);
                    assign(plane, inc(plane));
                });
            }
            lastPhaseEnds = phaseEnds;
        }
        assign(phase, phaseNext);

        assign(doneReg, lastPhaseEnds);
        assign(done, doneReg);
        assign(busy, not(is(phase, states.value("IDLE"))));
        for (int p = 0; p < PHASES.size(); p++) {
            var enableReg = regBool(PHASES.get(p).toLowerCase() + "_en_reg", false);
            assign(enableReg, is(phaseNext, states.value(PHASES.get(p))));
            assign(enables[p], enableReg);
        }
        built();
    }

    private static List<String> listWithIdle() {
        var all = new java.util.ArrayList<String>();
        all.add("IDLE");
        all.addAll(PHASES);
        return all;
    }
}
