package org.aimcgen.rtl;

import java.util.Arrays;
import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.PortList;

/**
 * The host registers on the APB3 port (byte addresses, 32-bit registers) and their fields:
 * the one table the RTL (HostInterface, through {@link RegisterBank}), the benches'
 * register include, the SystemRDL view (and the C header and HTML page PeakRDL makes from
 * it) and the README's table are all built from.
 */
public enum RegisterMap {
    CTRL(0x00, "Control",
            FieldSpec.bit(0, "start", RegisterAccess.W1S, 0,
                    "write 1 to start a VMM: it runs when a vector is staged; reads 1 until it starts"),
            FieldSpec.bit(1, "gating", RegisterAccess.RW, 1,
                    "ADC power gating: the early comparators switch the main ones off (dual threshold only)")
                    .onlyWhen(RegisterMap::hasGating),
            FieldSpec.bit(2, "auto_start", RegisterAccess.RW, 1, "a VMM starts when a vector is complete"),
            FieldSpec.bit(3, "irq_enable", RegisterAccess.RW, 0, "irq follows STATUS.done")),
    STATUS(0x04, "Status",
            FieldSpec.bit(0, "busy", RegisterAccess.RO, null, "a VMM runs"),
            FieldSpec.bit(1, "done", RegisterAccess.W1C, 0, "a VMM finished (sticky, write 1 to clear)"),
            FieldSpec.bit(2, "vector_ready", RegisterAccess.RO, null, "a complete input vector is staged"),
            FieldSpec.bit(3, "results_pending", RegisterAccess.RO, 0,
                    "results wait in the result stream; no VMM starts before they are read")),
    DRIVE_CYCLES(0x08, "DRIVE phase length", phaseLength(0, "control cycles of the DRIVE phase")),
    MULTIPLY_CYCLES(0x0C, "MULTIPLY phase length", phaseLength(1,
            "control cycles of the MULTIPLY phase (also the early comparators' auto-zero window)")),
    SHARE_CYCLES(0x10, "SHARE phase length", phaseLength(2, "control cycles of the SHARE phase")),
    CONVERT_CYCLES(0x14, "CONVERT phase length", phaseLength(3,
            "control cycles of the CONVERT phase: must cover the longest time chain")),
    COMBINE_CYCLES(0x18, "COMBINE phase length", phaseLength(4, "control cycles of the COMBINE phase")),
    EARLY_MARGIN(0x1C, "Early-comparator margin",
            FieldSpec.word("margin", PortList.EARLY_MARGIN_BITS, RegisterAccess.RW, MacroConfig.EARLY_MARGIN_RESET,
                    "early-comparator threshold margin trim, in half oscillator periods (dual threshold only)")),
    VMM_COUNT(0x20, "VMM count",
            FieldSpec.word("count", RegisterMap.DATA_BITS, RegisterAccess.RW_COUNTER, 0,
                    "VMMs completed since reset (write to preset)")),
    INDEX(0x24, "Channel index",
            FieldSpec.word("index", cfg -> MacroConfig.bitsFor(cfg.channels()), "[clog2(channels)-1:0]",
                    RegisterAccess.RW, 0, "channel (or column, for RESULT) selected by RAW_CODE, RESULT and "
                            + "ZERO_CODE; while a VMM converts, the channel whose gating statistics are counted")),
    ACTIVE_CYCLES(0x28, "Active oscillator cycles",
            FieldSpec.word("cycles", MacroConfig::gateCounterBits, "[adc.bits-" + MacroConfig.FINE_BITS + ":0]",
                    RegisterAccess.RO, null, "oscillator cycles the channel INDEX selected during the last VMM "
                            + "converted with its main comparator on, saturating at the coarse count's range (dual "
                            + "threshold only)")),
    GATED_CYCLES(0x2C, "Gated oscillator cycles",
            FieldSpec.word("cycles", MacroConfig::gateCounterBits, "[adc.bits-" + MacroConfig.FINE_BITS + ":0]",
                    RegisterAccess.RO, null, "the same channel's oscillator cycles with its main comparator gated "
                            + "off (dual threshold only)")),
    RAW_CODE(0x30, "Raw TDC code",
            FieldSpec.word("code", MacroConfig::tdcCodeBits, "[adc.bits:0]", RegisterAccess.RO, null,
                    "TDC code of the selected channel (coarse x 8 + fine)")),
    RESULT(0x34, "Column result",
            FieldSpec.word("result", RegisterMap.DATA_BITS, RegisterAccess.RO, null,
                    "combined result of the selected column, sign-extended")),
    ROWS(0x38, "Rows",
            FieldSpec.word("rows", RegisterMap.DATA_BITS, RegisterAccess.CONSTANT, null, "rows of the array")
                    .resetTo(MacroConfig::rows, "array.rows")),
    COLS(0x3C, "Columns",
            FieldSpec.word("cols", RegisterMap.DATA_BITS, RegisterAccess.CONSTANT, null, "columns of the array")
                    .resetTo(MacroConfig::cols, "array.cols")),
    ZERO_CODE(0x40, "Zero code",
            FieldSpec.word("code", MacroConfig::zeroCodeBits, "[adc.bits+adc.zeroFractionBits:0]",
                    RegisterAccess.RW, 0, "offset calibration: the TDC code the selected channel reads at zero "
                            + "input, with z = adc.zeroFractionBits fraction bits: the sum of its RAW_CODE over 2^z "
                            + "calibration VMMs with a zero vector (z = 0: one VMM, the code itself); subtracted from "
                            + "the channel's code in every result (the combine rounds the fraction bits away after "
                            + "the sum over groups)")),
    RANGE(0x44, "ADC range",
            FieldSpec.word("shift", PortList::rangeShiftBits, "[clog2(max + 1)-1:0]", RegisterAccess.RW, null,
                    "ADC range (adc.rangeShift > 0 only): the tracked conversions' ramp runs 2^RANGE times slower "
                            + "and their codes weigh 2^-RANGE in the result; max, the finest range the result's "
                            + "fraction bits hold: writes above it clamp to it and read back clamped")
                    .resetTo(MacroConfig::rangeShift, "adc.rangeShift")),
    SATURATED(0x48, "Saturated results",
            FieldSpec.word("count", RegisterMap.DATA_BITS, RegisterAccess.WC_COUNTER, 0,
                    "results streamed since reset at a limit of the output word (saturated), saturating at all "
                            + "ones; any write clears it"));

    public static final int ADDRESS_BITS = 8;
    public static final int DATA_BITS = 32;

    private final int address;
    private final String title;
    private final List<FieldSpec> fields;

    RegisterMap(int address, String title, FieldSpec... fields) {
        this.address = address;
        this.title = title;
        this.fields = List.of(fields);
    }

    public int address() {
        return address;
    }

    /** The address as two hex digits, for Verilog literals. */
    public String hex() {
        return String.format("%02x", address);
    }

    /** A few words naming the register (SystemRDL's name property). */
    public String title() {
        return title;
    }

    /** The table's rows of this register, in bit order, whether or not a macro has them. */
    public List<FieldSpec> fieldSpecs() {
        return fields;
    }

    /** The fields this macro's register has, in bit order. */
    public List<Field> fields(MacroConfig cfg) {
        return fields.stream().filter(f -> f.presentIn(cfg)).map(f -> f.resolve(cfg)).toList();
    }

    /** The named field of this macro's register; an error if it has none of that name. */
    public Field field(MacroConfig cfg, String name) {
        return fields(cfg).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("register " + name() + " has no field " + name + " in macro "
                        + cfg.name()));
    }

    /** The register's only field (the registers that hold one value). */
    public Field field(MacroConfig cfg) {
        List<Field> present = fields(cfg);
        if (present.size() != 1) {
            throw new IllegalStateException("register " + name() + " has " + present.size() + " fields");
        }
        return present.get(0);
    }

    /** The register table as Markdown (README): one row a field, the register on its first. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder(
                "| address | register | field | bits | access | reset | meaning |\n|---|---|---|---|---|---|---|\n");
        for (RegisterMap r : values()) {
            boolean first = true;
            for (FieldSpec f : r.fields) {
                sb.append("| ").append(first ? "0x" + r.hex() : "").append(" | ").append(first ? r.name() : "")
                        .append(" | ").append(f.name()).append(" | ").append(f.bitsDoc()).append(" | ")
                        .append(f.access().label()).append(" | ").append(f.resetDoc().isEmpty() ? "-" : f.resetDoc())
                        .append(" | ").append(f.description()).append(" |\n");
                first = false;
            }
        }
        return sb.toString();
    }

    /** A phase-length register's field: reset to the generator's default for the phase. */
    private static FieldSpec phaseLength(int phase, String description) {
        return FieldSpec.word("cycles", MacroConfig.PHASE_LENGTH_BITS, RegisterAccess.RW, null, description)
                .resetTo(cfg -> cfg.defaultPhaseCycles()[phase], "from timing");
    }

    /** The registers of the ADC power gating, with CTRL's gating bit ({@link #hasGating}). */
    public static final List<RegisterMap> GATING = List.of(EARLY_MARGIN, ACTIVE_CYCLES, GATED_CYCLES);

    /**
     * Whether the macro has the power-gating registers ({@link #GATING} and CTRL's gating
     * bit): the one place that decides. Only a macro with the dual-threshold comparators
     * (adc.dualThreshold) has them.
     */
    public static boolean hasGating(MacroConfig cfg) {
        return cfg.dualThreshold();
    }

    /**
     * Whether the macro has the RANGE register: only with range tracking (adc.rangeShift
     * &gt; 0), the one place that decides.
     */
    public static boolean hasRange(MacroConfig cfg) {
        return cfg.tracksReference();
    }

    /** Whether this macro has the register. */
    public boolean presentIn(MacroConfig cfg) {
        if (this == RANGE) {
            return hasRange(cfg);
        }
        return !GATING.contains(this) || hasGating(cfg);
    }

    /** The registers this macro has, in address order: what the RTL decodes and the benches may access. */
    public static List<RegisterMap> present(MacroConfig cfg) {
        return Arrays.stream(values()).filter(r -> r.presentIn(cfg)).toList();
    }

    /** The register's name in the RTL (signal-name prefix). */
    public String signalName() {
        return name().toLowerCase();
    }

    public static List<RegisterMap> phaseLengths() {
        return List.of(DRIVE_CYCLES, MULTIPLY_CYCLES, SHARE_CYCLES, CONVERT_CYCLES, COMBINE_CYCLES);
    }
}
