package org.aimcgen.rtl;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.PortList;

/**
 * The channel bank: {@link ChannelLeaf} once per channel, by a Verilog {@code generate}
 * loop, and the indexed readouts of the channels' state (templates/rtl/channel_bank.v.vm;
 * pins: {@link PortList#channelBank}). The top instances it as a black box. This record is
 * the template's view: the bank's parameters, derived from the configuration.
 *
 * <p>An index past the last element selects the last one: a channel INDEX past the last
 * channel reads the last channel, a column index past the reference column reads the
 * reference column (what the read multiplexers did before the bank existed). Each readout's
 * multiplexer tree does that by padding its leaves with the last word.
 */
public record ChannelBank(MacroConfig cfg) {
    public static final String NAME = "channel_bank";

    public PortList ports() {
        return PortList.channelBank(cfg);
    }

    public PortList leaf() {
        return PortList.channel(cfg);
    }

    public int channels() {
        return cfg.channels();
    }

    public int groups() {
        return cfg.groups();
    }

    /** Channels per capacitor group: every column and the reference column. */
    public int groupChannels() {
        return cfg.cols() + 1;
    }

    /** Whether the combine reads no reference channel: every group tracks the reference (adc.rangeShift &gt; 0). */
    public boolean tracking() {
        return cfg.tracksReference();
    }

    /** Groups of the reference column's readout: 0..refGroups-1. */
    public int refGroups() {
        return PortList.readerGroups(cfg, "ref");
    }

    /**
     * Whether the reference channels' column words have no reader: the combine reads no
     * reference channel (range tracking), and the column index cannot reach the reference
     * column.
     */
    public boolean refWordUnread() {
        return tracking() && columnWords() < groupChannels();
    }

    /** Column number of the reference column within a group. */
    public int refColumn() {
        return cfg.cols();
    }

    public int coarseBits() {
        return cfg.coarseBits();
    }

    /** Width of a zero code, the only code the bank stores (CODE_BITS in the template). */
    public int codeBits() {
        return cfg.zeroCodeBits();
    }

    public int taps() {
        return MacroConfig.RO_TAPS;
    }

    public int channelIndexBits() {
        return MacroConfig.bitsFor(cfg.channels());
    }

    public int columnIndexBits() {
        return MacroConfig.bitsFor(cfg.cols());
    }

    /**
     * Words a column reader selects from, per group: every column and the reference column,
     * or only the columns when the column index is too narrow to reach the reference column.
     */
    public int columnWords() {
        return (int) Math.min(cfg.cols() + 1, 1L << columnIndexBits());
    }
}
