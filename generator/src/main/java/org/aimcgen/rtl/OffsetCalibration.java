package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.eq;
import static org.aimcgen.hw.Hw.select;
import static org.aimcgen.hw.Hw.slice;
import static org.aimcgen.hw.Hw.when;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Zero codes for the offset calibration, in the control clock domain: per channel, the TDC
 * code it reads at zero input, written by the host (register ZERO_CODE at the channel
 * selected by INDEX) after a calibration VMM with a zero vector. {@link ColumnCombine}
 * subtracts each channel's zero code, so every comparator's offset, and the converters'
 * own delay, leave the result: a zero vector then reads zero exactly (noise aside), which
 * the reference column alone cannot give, its comparators' offsets being independent of
 * the column's. All zero at reset: the combine is then the plain reference subtraction.
 */
public final class OffsetCalibration extends HwComponent {

    public OffsetCalibration(MacroConfig cfg) {
        super(cfg.moduleName("offset_calibration"));
        final int channels = cfg.channels();
        final int codeBits = cfg.tdcCodeBits();

        Bool write = inBool("write_en");
        UInt index = inUInt("index", MacroConfig.bitsFor(channels));
        UInt wdata = inUInt("wdata", codeBits);
        UInt zeroCodes = outUInt("zero_codes", channels * codeBits);
        UInt selected = outUInt("zero_code", codeBits);

        for (int ch = 0; ch < channels; ch++) {
            UInt code = reg("zero_code_ch" + ch, codeBits, 0);
            when(and(write, eq(index, ch)), () -> assign(code, wdata));
            assign(slice(zeroCodes, ch * codeBits, codeBits), code);
        }
        assign(selected, select(zeroCodes, codeBits, index));
        built();
    }
}
