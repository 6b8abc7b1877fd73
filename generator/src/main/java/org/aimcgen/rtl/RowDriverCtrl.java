package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.b;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.inc;
import static org.aimcgen.hw.Hw.mux;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.u;
import static org.aimcgen.hw.Hw.when;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Row-driver control: stages one input vector from the activation stream and, during the
 * DRIVE phase, raises the drive enable of every (row, bit) whose input bit is 1 (bit k of
 * row r charges that row's group of 2^k unit capacitors: the in-situ DAC).
 *
 * <p>The stream delivers {@code actWordRows} inputs a word, row 0 first. Staging is one
 * shift register per tile (each word shifts the whole vector down by a word), so there is
 * no per-row address decode. A complete vector raises {@code vector_ready}; the stream is
 * held off (ready low) from then until the VMM that uses it has started and finished, so
 * the row drivers never see inputs change during a VMM.
 *
 * <p>Bit-serial mode: a {@code plane} input selects the one bit of every row that is
 * driven during this DRIVE phase.
 */
public final class RowDriverCtrl extends HwComponent {
    public static final String NAME = "row_driver_ctrl";

    /** The macro's activation stream (this block is its slave). */
    public final MacroPorts.ActStream act;
    public final Bool vmmBusy;
    public final Bool vmmStart;
    public final Bool driveEn;
    /** The bit-plane to drive; null unless bit-serial. */
    public final UInt plane;
    public final Bool vectorReady;
    /** Per tile: the drive enables of its rows, {@link PortList#rowDrive}. */
    public final UInt[] rowDrive;

    private final MacroConfig cfg;
    private final int tileBits;
    private final UInt[] staged;

    public RowDriverCtrl(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        this.cfg = cfg;
        tileBits = cfg.tileRows() * cfg.inputBits();
        act = new MacroPorts.ActStream(cfg, slave());
        vmmBusy = inBool("vmm_busy");
        vmmStart = inBool("vmm_start");
        driveEn = inBool("drive_en");
        vectorReady = outBool("vector_ready");
        plane = cfg.inputPlanes() > 1 ? inUInt("plane", MacroConfig.bitsFor(cfg.inputPlanes())) : null;
        rowDrive = new UInt[cfg.tiles()];
        for (int t = 0; t < cfg.tiles(); t++) {
            rowDrive[t] = outUInt(PortList.rowDrive(t), tileBits);
        }
        staged = new UInt[cfg.tiles()];
        for (int t = 0; t < cfg.tiles(); t++) {
            staged[t] = reg("x_stage_t" + t, tileBits, 0);
        }
        staging();
        drivers();
        built();
    }

    /** Stages one vector from the stream, a word a beat, and holds it until its VMM has started. */
    private void staging() {
        final int wordBits = act.data.getBitsWidth();
        final int words = cfg.rows() / cfg.actWordRows();
        final int wordIndexBits = MacroConfig.bitsFor(words + 1);
        UInt wordsIn = reg("words_received", wordIndexBits, 0);
        Bool full = regBool("vector_full", false);
        Bool accept = wireBool("act_accept");
        Bool lastWord = wireBool("act_last_word");
        assign(lastWord, eq(wordsIn, words - 1));

        assign(act.ready, and(not(full), not(vmmBusy)));
        assign(accept, and(act.valid, act.ready));
        when(accept, () -> {
            // Shift the vector down one word: tile t takes the low word of tile t+1, the
            // last tile takes the new word, so word 0 ends in rows 0..wordRows-1.
            for (int t = 0; t < cfg.tiles(); t++) {
                if (tileBits > wordBits) {
                    assign(slice(staged[t], 0, tileBits - wordBits), slice(staged[t], wordBits, tileBits - wordBits));
                }
                UInt incoming = t + 1 < cfg.tiles() ? slice(staged[t + 1], 0, wordBits) : act.data;
                assign(slice(staged[t], tileBits - wordBits, wordBits), incoming);
            }
            assign(wordsIn, inc(wordsIn));
            when(lastWord, () -> {
                assign(full, b(true));
                assign(wordsIn, u(0, wordIndexBits));
            });
        });
        // The vector is consumed once its VMM has started.
        when(vmmStart, () -> assign(full, b(false)));
        assign(vectorReady, full);
    }

    /**
     * Static staged data ANDed with the registered DRIVE strobe: one transition per
     * enable, no glitch reaches the drivers.
     */
    private void drivers() {
        final int bits = cfg.inputBits();
        UInt planeMask = null;
        if (plane != null) {
            // One-hot bit of the plane, repeated for every row of a tile.
            UInt bitOfPlane = wire("plane_bit", bits);
            assign(bitOfPlane, Hw.oneHot(plane, bits));
            planeMask = wire("plane_mask", tileBits);
            assign(planeMask, Hw.repeat(bitOfPlane, cfg.tileRows()));
        }
        for (int t = 0; t < cfg.tiles(); t++) {
            UInt driven = planeMask == null ? staged[t] : Hw.andMask(staged[t], planeMask);
            assign(rowDrive[t], mux(driveEn, driven, u(0, tileBits)));
        }
    }
}
