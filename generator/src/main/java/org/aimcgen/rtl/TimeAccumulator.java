package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.not;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;

/**
 * Column time accumulators, the part all channels share, in the ring-oscillator clock
 * domain (build it inside that domain); each channel's synchroniser and coarse counter are
 * in {@link ChannelLeaf}.
 *
 * <p>The CONVERT strobe from the control clock is synchronised (two flops) and, one
 * oscillator cycle later, launches every column's time chain ({@code chain_start}), so
 * chains start on an oscillator edge. {@code chain_launch} marks that edge's cycle: it
 * clears every channel's counters. The tiles' pulses are chained in the analog array, so
 * each channel sees one pulse whose width is the sum over tiles.
 */
public final class TimeAccumulator extends HwComponent {
    public static final String NAME = "time_accumulator";

    /** CONVERT, from the control clock. */
    public final Bool convertEn;
    /** Starts every channel's time chain (a register of the oscillator clock). */
    public final Bool chainStart;
    /** The oscillator cycle that starts the chains: clears the channels' counts. */
    public final Bool chainLaunch;

    public TimeAccumulator(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        convertEn = inBool("convert_en");
        chainStart = outBool("chain_start");
        chainLaunch = outBool("chain_launch");

        // Synchroniser first flop: CONVERT comes from the control clock.
        Bool convertMeta = crossClock(regBool("convert_meta", false));
        Bool convertSync = regBool("convert_sync", false);
        Bool started = regBool("chain_started", false);
        Bool launch = wireBool("launch");
        assign(convertMeta, convertEn);
        assign(convertSync, convertMeta);
        assign(started, convertSync);
        assign(launch, and(convertSync, not(started)));
        assign(chainStart, started);
        assign(chainLaunch, launch);
        built();
    }
}
