package org.aimcgen.rtl;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import org.aimcgen.config.MacroConfig;

/**
 * A row of the register table ({@link RegisterMap}): a field whose width, reset value and
 * presence may follow the configuration. The documentation strings say how they follow it
 * (the README's table is the same for every macro); {@link #resolve} gives the numbers.
 *
 * @param bitsDoc the bit range as the README shows it, e.g. {@code [adc.bits:0]}
 * @param reset null when the macro drives the field and no value after reset is claimed
 * @param resetDoc the reset value as the README shows it
 */
public record FieldSpec(String name, int lsb, ToIntFunction<MacroConfig> width, String bitsDoc,
        RegisterAccess access, ToLongFunction<MacroConfig> reset, String resetDoc, Predicate<MacroConfig> present,
        String description) {

    /** One bit at lsb, present in every macro. */
    static FieldSpec bit(int lsb, String name, RegisterAccess access, Integer reset, String description) {
        return new FieldSpec(name, lsb, cfg -> 1, "[" + lsb + "]", access, reset == null ? null : cfg -> reset,
                reset == null ? "" : reset.toString(), cfg -> true, description);
    }

    /** A field of a fixed width at bit 0, with a fixed reset value (null: none claimed). */
    static FieldSpec word(String name, int width, RegisterAccess access, Integer reset, String description) {
        return new FieldSpec(name, 0, cfg -> width, "[" + (width - 1) + ":0]", access,
                reset == null ? null : cfg -> reset, reset == null ? "" : reset.toString(), cfg -> true, description);
    }

    /** A field at bit 0 whose width follows the configuration, as bitsDoc says. */
    static FieldSpec word(String name, ToIntFunction<MacroConfig> width, String bitsDoc, RegisterAccess access,
            Integer reset, String description) {
        return new FieldSpec(name, 0, width, bitsDoc, access, reset == null ? null : cfg -> reset,
                reset == null ? "" : reset.toString(), cfg -> true, description);
    }

    /** The same field with a reset value that follows the configuration, as resetDoc says. */
    FieldSpec resetTo(ToLongFunction<MacroConfig> value, String doc) {
        return new FieldSpec(name, lsb, width, bitsDoc, access, value, doc, present, description);
    }

    /** The same field, present only in the macros the predicate accepts. */
    FieldSpec onlyWhen(Predicate<MacroConfig> condition) {
        return new FieldSpec(name, lsb, width, bitsDoc, access, reset, resetDoc, condition, description);
    }

    public boolean presentIn(MacroConfig cfg) {
        return present.test(cfg);
    }

    public Field resolve(MacroConfig cfg) {
        return new Field(name, lsb, width.applyAsInt(cfg), access, reset == null ? null : reset.applyAsLong(cfg),
                description);
    }
}
