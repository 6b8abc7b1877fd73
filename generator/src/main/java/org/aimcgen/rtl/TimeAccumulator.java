package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.bit;
import static org.aimcgen.hw.Hw.crossClock;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.slice;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Hw;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Column time accumulators, coarse part: one counter per channel in the ring-oscillator
 * clock domain (build it inside that domain).
 *
 * <p>The CONVERT strobe from the control clock is synchronised (two flops) and, one
 * oscillator cycle later, launches every column's time chain ({@code chain_start}), so
 * chains start on an oscillator edge. The tiles' pulses are chained in the analog array,
 * so each channel sees one pulse whose width is the sum over tiles: the counter counts
 * the oscillator edges its synchronised pulse covers (floor(width / T_ro), the two
 * synchroniser flops delay both edges alike) and stops, saturating, at all ones. The fine
 * part (oscillator taps latched when the comparator trips) is decoded by
 * {@link ColumnCombine}. The counts are quasi-static once CONVERT ends: they change only
 * after the next chain start.
 */
public final class TimeAccumulator extends HwComponent {

    public TimeAccumulator(MacroConfig cfg) {
        super(cfg.moduleName("time_accumulator"));
        final int channels = cfg.channels();
        final int coarseBits = cfg.coarseBits();

        Bool convertEn = inBool("convert_en");
        UInt colPulse = inUInt("col_pulse", channels);
        Bool chainStart = outBool("chain_start");
        UInt pulseSynced = outUInt("pulse_sync", channels);
        Bool chainLaunch = outBool("chain_launch");
        UInt coarse = outUInt("coarse_counts", channels * coarseBits);

        // Synchroniser first flops: CONVERT comes from the control clock, pulses from the array.
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

        UInt pulseMeta = crossClock(reg("pulse_meta", channels, 0));
        UInt pulseSync = reg("pulse_synced", channels, 0);
        assign(pulseMeta, colPulse);
        assign(pulseSync, pulseMeta);
        assign(pulseSynced, pulseSync);

        for (int ch = 0; ch < channels; ch++) {
            UInt count = reg("coarse_ch" + ch, coarseBits, 0);
            // Launch clears last conversion's count on the edge that starts the chains.
            assign(count, Hw.saturatingCount(count, bit(pulseSync, ch), launch));
            assign(slice(coarse, ch * coarseBits, coarseBits), count);
        }
        built();
    }
}
