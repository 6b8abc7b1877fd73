package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.rtl.RegisterMap;

/**
 * sim/NAME/NAME_regs.vh: the register addresses and field masks the whole-macro benches
 * program the macro with, from the register table. Its names are the C header's
 * (NAME_regs.h: REG_&lt;REGISTER&gt; for offsetof(NAME_t, REGISTER), &lt;REGISTER&gt;_&lt;FIELD&gt;_MASK for
 * NAME__REGISTER__FIELD_bm), so a bench runs unchanged on an include written from the
 * header instead (tools/RegisterHeaderBenchTest).
 */
public final class RegisterInclude {
    private RegisterInclude() {
    }

    public static String fileName(MacroConfig cfg) {
        return cfg.name() + "_regs.vh";
    }

    /** One localparam: its name, width and hex value. */
    public record Constant(String name, int bits, String hex) {
        public int msb() {
            return bits - 1;
        }
    }

    /** The include's constants in order: each register's address, then its fields' masks. */
    public static List<Constant> constants(MacroConfig cfg) {
        return RegisterMap.present(cfg).stream().flatMap(r -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(new Constant(addressName(r), RegisterMap.ADDRESS_BITS, r.hex())),
                r.fields(cfg).stream().map(f -> new Constant(maskName(r, f.name()), RegisterMap.DATA_BITS,
                        f.maskHex())))).toList();
    }

    public static String addressName(RegisterMap r) {
        return "REG_" + r.name();
    }

    public static String maskName(RegisterMap r, String field) {
        return r.name() + "_" + field.toUpperCase() + "_MASK";
    }

    public static OutputFile emit(BenchContext ctx) {
        return ctx.file(fileName(ctx.cfg()), ctx.render("tb/regs.vh.vm", Map.of("constants", constants(ctx.cfg()))));
    }
}
