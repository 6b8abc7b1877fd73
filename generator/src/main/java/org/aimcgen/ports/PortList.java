package org.aimcgen.ports;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;

/**
 * The one description of each boundary block's pins. The Verilog-AMS headers, the test
 * benches and (for the analog array) the SpinalHDL black box are all generated from it, so
 * their pins cannot drift apart.
 */
public record PortList(String module, List<Port> ports) {
    public PortList {
        ports = List.copyOf(ports);
    }

    /**
     * One column of one tile: the rows' input codes and the column's stored weights come in,
     * one charge-shared voltage per capacitor group goes out.
     */
    public static PortList tileColumn(MacroConfig cfg) {
        List<Port> p = new ArrayList<>();
        p.add(Port.in("share", 1, "charge-sharing strobe: the group voltages settle on its rising edge"));
        p.add(Port.in("x_codes", cfg.tileRows() * cfg.inputBits(),
                "input code of each row of the tile, row r at bits [r*" + cfg.inputBits() + " +: " + cfg.inputBits() + "]"));
        p.add(Port.in("w_codes", cfg.tileRows() * cfg.weightBits(),
                "stored (offset-binary) weight of each row for this column, row r at bits [r*"
                        + cfg.weightBits() + " +: " + cfg.weightBits() + "]"));
        for (int g = 0; g < cfg.groups(); g++) {
            p.add(Port.outReal(groupVoltage(g), "voltage of capacitor group " + g + " (weight bits "
                    + g * cfg.capGroup() + ".." + ((g + 1) * cfg.capGroup() - 1) + "), V"));
        }
        return new PortList(cfg.moduleName("tile_column"), p);
    }

    /**
     * The analog array as the control RTL sees it: phase strobes, per-tile row drive
     * enables, the time-chain start, per-channel comparator gating, the weight port, and
     * back the oscillator clock, per-channel pulses, early trips and latched phase codes.
     * Channel ch = group * (cols + 1) + col; col = cols is the reference column.
     * Without adc.dualThreshold there are no early comparators and no gating: no az_en,
     * early_en, early_margin, gate_en or early_trip (the main comparators are always on).
     */
    public static PortList analogArray(MacroConfig cfg) {
        int ch = cfg.channels();
        int wordBits = cfg.weightWordCols() * cfg.weightBits();
        List<Port> p = new ArrayList<>();
        p.add(Port.in("clk", 1, "control clock (weight SRAM port and input sampling)"));
        p.add(Port.in("drive_en", 1, "DRIVE phase: row drivers charge the grouped capacitors"));
        p.add(Port.in("multiply_en", 1, "MULTIPLY phase: weight bits gate charge onto the column lines"));
        p.add(Port.in("share_en", 1, "SHARE phase: charge sharing within each capacitor group"));
        for (int t = 0; t < cfg.tiles(); t++) {
            p.add(Port.inBus(rowDrive(t), cfg.tileRows() * cfg.inputBits(), "tile " + t
                    + " drive enables: row r bit k at [r*" + cfg.inputBits() + "+k] charges 2^k unit capacitors"));
        }
        p.add(Port.in("ro_en", 1, "ring-oscillator enable"));
        if (cfg.tracksReference()) {
            p.add(Port.inBus("range_shift", rangeShiftBits(cfg), "RANGE: the tracked conversions' ramp runs 2^range_shift "
                    + "times slower (adc.rangeShift)"));
        }
        p.add(Port.in("chain_start", 1, "starts every column's time chain (oscillator-clock aligned)"));
        if (cfg.dualThreshold()) {
            p.add(Port.in("az_en", 1, "auto-zero window of the early comparators"));
            p.add(Port.in("early_en", 1, "early (low-power) comparators powered"));
            p.add(Port.inBus("early_margin", EARLY_MARGIN_BITS, "early-threshold margin trim code"));
            p.add(Port.inBus("gate_en", ch, "per channel: main comparator and phase latches powered"));
        }
        p.add(Port.in("wt_we", 1, "weight write strobe"));
        p.add(Port.in("wt_re", 1, "weight read strobe"));
        p.add(Port.inBus("wt_row", MacroConfig.bitsFor(cfg.rows()), "weight row address"));
        p.add(Port.inBus("wt_word", MacroConfig.bitsFor(cfg.weightWords()), "weight word (group of "
                + cfg.weightWordCols() + " columns) within the row"));
        p.add(Port.inBus("wt_wdata", wordBits, "weights to write, column j of the word at [j*"
                + cfg.weightBits() + " +: " + cfg.weightBits() + "], stored offset-binary"));
        p.add(Port.outBus("wt_rdata", wordBits, "weights read back, same packing"));
        p.add(Port.out("ro_clk", 1, "ring-oscillator phase 0: the TDC clock"));
        p.add(Port.outBus("col_pulse", ch, "per channel: high from chain start until the main comparator trips"));
        if (cfg.dualThreshold()) {
            p.add(Port.outBus("early_trip", ch, "per channel: early comparator tripped"));
        }
        p.add(Port.outBus("phase_code", ch * MacroConfig.RO_TAPS, "per channel: oscillator taps latched when "
                + "the main comparator trips, channel c at [c*" + MacroConfig.RO_TAPS + " +: " + MacroConfig.RO_TAPS + "]"));
        return new PortList(cfg.moduleName("analog_array"), p);
    }

    /**
     * One TDC channel's digital leaf (rtl.ChannelLeaf): synchronisers, coarse count and, with
     * dual threshold, the power gate in the oscillator domain; the zero code in the control
     * domain. Built once by SpinalHDL, repeated per channel by the bank's generate loop.
     */
    public static PortList channel(MacroConfig cfg) {
        List<Port> p = new ArrayList<>();
        p.add(Port.in("clk", 1, "control clock: the zero code"));
        p.add(Port.in("ro_clk", 1, "ring-oscillator clock: synchronisers, coarse count, gate"));
        p.add(Port.in("reset", 1, "asynchronous reset, active high, of both domains"));
        p.add(Port.in("chain_launch", 1, "the oscillator cycle that starts the chains: clears the counters"));
        if (cfg.dualThreshold()) {
            p.add(Port.in("gate_force_open", 1, "gate open regardless of the early trip (lead window, launch, or gating off)"));
        }
        p.add(Port.in("col_pulse", 1, "the channel's pulse from the array (asynchronous)"));
        if (cfg.dualThreshold()) {
            p.add(Port.in("early_trip", 1, "the channel's early comparator output (asynchronous)"));
        }
        p.add(Port.in("zero_code_write", 1, "writes zero_code_wdata into the zero code (control clock)"));
        p.add(Port.inBus("zero_code_wdata", cfg.zeroCodeBits(), "zero code to write"));
        if (cfg.dualThreshold()) {
            p.add(Port.out("gate_en", 1, "main comparator and phase latches powered"));
        }
        p.add(Port.outBus("coarse", cfg.coarseBits(), "oscillator edges the synchronised pulse covered, saturating"));
        p.add(Port.outBus("zero_code", cfg.zeroCodeBits(), "the channel's zero code (0 at reset)"));
        return new PortList(cfg.moduleName(org.aimcgen.rtl.ChannelLeaf.NAME), p);
    }

    /**
     * The channel bank: the leaf of {@link #channel} once per channel, and the readouts of
     * the per-channel state: the channel INDEX selects (zero code, raw TDC state, and its
     * pulse and early trip for the gating statistics AdcGateCtrl counts) and, through {@link #channelReadout}, what the column combine reads.
     */
    public static PortList channelBank(MacroConfig cfg) {
        int ch = cfg.channels();
        List<Port> p = new ArrayList<>();
        p.add(Port.in("clk", 1, "control clock"));
        p.add(Port.in("ro_clk", 1, "ring-oscillator clock"));
        p.add(Port.in("reset", 1, "asynchronous reset, active high"));
        p.add(Port.in("chain_launch", 1, "the oscillator cycle that starts the chains"));
        if (cfg.dualThreshold()) {
            p.add(Port.in("gate_force_open", 1, "every gate open regardless of the early trips"));
        }
        p.add(Port.inBus("col_pulse", ch, "per channel: pulse from the array"));
        if (cfg.dualThreshold()) {
            p.add(Port.inBus("early_trip", ch, "per channel: early comparator tripped"));
        }
        p.add(Port.inBus("phase_code", ch * MacroConfig.RO_TAPS, "per channel: latched oscillator taps, channel c at [c*"
                + MacroConfig.RO_TAPS + " +: " + MacroConfig.RO_TAPS + "]"));
        p.add(Port.in("zero_code_write", 1, "ZERO_CODE write: stores into the channel that channel_index selects"));
        p.add(Port.inBus("zero_code_wdata", cfg.zeroCodeBits(), "zero code to write"));
        p.add(Port.inBus("channel_index", MacroConfig.bitsFor(ch), "INDEX as a channel (past the last: the last)"));
        p.add(Port.inBus("column_index", MacroConfig.bitsFor(cfg.cols()), "INDEX as a column, for RESULT"));
        p.add(Port.inBus("stream_index", MacroConfig.bitsFor(cfg.cols()), "column of the result stream's beat"));
        if (cfg.dualThreshold()) {
            p.add(Port.outBus("gate_en", ch, "per channel: main comparator and phase latches powered"));
            p.add(Port.out("monitor_pulse", 1, "the indexed channel's pulse, for the gating statistics (asynchronous)"));
            p.add(Port.out("monitor_early", 1, "the indexed channel's early trip, for the gating statistics (asynchronous)"));
        }
        p.add(Port.outBus("zero_code", cfg.zeroCodeBits(), "zero code of the indexed channel"));
        p.addAll(channelReadout(cfg).ports());
        return new PortList(cfg.moduleName(org.aimcgen.rtl.ChannelBank.NAME), p);
    }

    /** Names of the column readers of {@link #channelReadout}: the result stream, the RESULT register, the reference column. */
    public static final List<String> COLUMN_READERS = List.of("stream", "host", "ref");

    /**
     * The reader's groups in {@link #channelReadout}: every group, except that the reference
     * column has none with range tracking (adc.rangeShift; the comparators subtract the
     * reference in the analog domain).
     */
    public static int readerGroups(MacroConfig cfg, String reader) {
        return reader.equals("ref") && cfg.tracksReference() ? 0 : cfg.groups();
    }

    /** The column readers that have pins: the reference column's only when it has groups. */
    public static List<String> columnReaders(MacroConfig cfg) {
        return COLUMN_READERS.stream().filter(r -> readerGroups(cfg, r) > 0).toList();
    }

    /**
     * What the column combine reads from the channel bank, as the bank drives it: the raw
     * TDC state of the indexed channel (RAW_CODE) and, for each column reader, the coarse
     * count, latched taps and zero code of its column in every capacitor group (group g at
     * [g*width +: width]; the reference column's in the groups of {@link #readerGroups}).
     */
    public static PortList channelReadout(MacroConfig cfg) {
        List<Port> p = new ArrayList<>();
        p.add(Port.outBus("raw_coarse", cfg.coarseBits(), "coarse count of the indexed channel"));
        p.add(Port.outBus("raw_taps", MacroConfig.RO_TAPS, "latched taps of the indexed channel"));
        for (String reader : columnReaders(cfg)) {
            int groups = readerGroups(cfg, reader);
            String column = reader.equals("ref") ? "the reference column" : "the " + reader + " reader's column";
            p.add(Port.outBus(reader + "_coarse", groups * cfg.coarseBits(), "coarse counts of " + column + ", per group"));
            p.add(Port.outBus(reader + "_taps", groups * MacroConfig.RO_TAPS, "latched taps of " + column + ", per group"));
            p.add(Port.outBus(reader + "_zero", groups * cfg.zeroCodeBits(), "zero codes of " + column + ", per group"));
        }
        return new PortList(cfg.moduleName("channel_readout"), p);
    }

    /** The same pins seen from the other side: inputs become outputs and outputs inputs. */
    public PortList flipped() {
        List<Port> p = new ArrayList<>();
        for (Port port : ports) {
            p.add(new Port(port.name(), port.isInput() ? Port.Direction.OUT : Port.Direction.IN, port.kind(),
                    port.width(), port.vector(), port.description()));
        }
        return new PortList(module, p);
    }

    /** One tile's voltage-to-time converter with its main comparator. */
    public static PortList vtc(MacroConfig cfg) {
        return new PortList(cfg.moduleName("vtc"), List.of(
                Port.in("start", 1, "starts the ramp (the previous tile's pulse ended, or the chain started)"),
                Port.inReal("v_in", "group voltage to convert, V"),
                Port.out("pulse", 1, "high from start until the ramp crosses the comparator's trip point")));
    }

    /** A VTC's main comparator, as the electrical event view sees it (on the ramp node). */
    public static PortList mainComparator(MacroConfig cfg) {
        return new PortList(cfg.moduleName("vtc") + "_event", List.of(
                Port.in("start", 1, "conversion running"),
                Port.inReal("ramp", "the discharging ramp, V"),
                Port.out("pulse", 1, "high until the ramp crosses the trip point")));
    }

    /** The early (low-power, auto-zeroed) comparator of a channel's last tile, real-number view. */
    public static PortList earlyComparatorReal(MacroConfig cfg) {
        return new PortList(cfg.moduleName("early_comparator"), List.of(
                Port.in("start", 1, "the last tile's ramp starts"),
                Port.inReal("v_in", "the last tile's group voltage, V"),
                Port.inBus("margin", EARLY_MARGIN_BITS, "threshold margin trim: half oscillator periods of ramp"),
                Port.out("trip", 1, "high once the ramp is within the margin of the main comparator's trip point")));
    }

    /** The early (low-power, auto-zeroed) comparator, event view. */
    public static PortList earlyComparator(MacroConfig cfg) {
        return new PortList(cfg.moduleName("vtc") + "_early_event", List.of(
                Port.in("start", 1, "conversion running"),
                Port.inReal("ramp", "the discharging ramp, V"),
                Port.inReal("margin", "early threshold above the main trip point, V"),
                Port.out("trip", 1, "the ramp is within the margin of the main trip point")));
    }

    /** One channel's time chain: every tile's VTC started when the previous tile's pulse ends. */
    public static PortList timeChain(MacroConfig cfg) {
        List<Port> p = new ArrayList<>();
        p.add(Port.in("start", 1, "starts tile 0's ramp (the chain start)"));
        for (int t = 0; t < cfg.tiles(); t++) {
            p.add(Port.inReal("v_tile" + t, "group voltage of tile " + t + ", V"));
        }
        p.add(Port.out("pulse", 1, "high from start until the last tile's comparator trips"));
        return new PortList(cfg.moduleName("time_chain"), p);
    }

    /** The multi-phase ring oscillator of the time-domain ADC. */
    public static PortList ringOscillator(MacroConfig cfg) {
        return new PortList(cfg.moduleName("ring_osc"), List.of(
                Port.in("en", 1, "oscillator enable"),
                Port.out("ro_clk", 1, "tap 0"),
                Port.outBus("taps", MacroConfig.RO_TAPS, "tap i lags tap 0 by i/8 of a period")));
    }

    /** Width of the RANGE register and the array's range_shift pin. */
    public static int rangeShiftBits(MacroConfig cfg) {
        return MacroConfig.bitsFor(cfg.rangeShiftMax() + 1);
    }

    /** Width of the early-threshold margin trim. */
    public static final int EARLY_MARGIN_BITS = 4;

    public static String rowDrive(int tile) {
        return "row_drive_t" + tile;
    }

    public static String groupVoltage(int group) {
        return "v_group" + group;
    }

    /** Pin names with buses expanded to scalar pins (name_i is bit i), as Verilog-A wants them. */
    public List<String> scalarPins(boolean inputs) {
        List<String> out = new ArrayList<>();
        for (Port p : ports) {
            if (p.isInput() != inputs) {
                continue;
            }
            if (p.vector()) {
                for (int i = 0; i < p.width(); i++) {
                    out.add(p.name() + "_" + i);
                }
            } else {
                out.add(p.name());
            }
        }
        return out;
    }

    public List<Port> inputs() {
        return ports.stream().filter(Port::isInput).toList();
    }

    public List<Port> outputs() {
        return ports.stream().filter(p -> !p.isInput()).toList();
    }
}
