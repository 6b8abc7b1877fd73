package org.aimcgen.emit;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.rtl.Field;
import org.aimcgen.rtl.RegisterMap;

/**
 * rtl-out/NAME/NAME.rdl: the host registers in SystemRDL 2.0, rendered from the register
 * table the host interface is built from (rtl/RegisterMap.java), with the registers and
 * fields this macro has. PeakRDL makes the firmware's C header and the HTML register page
 * from it ('make regs' in sim/NAME/); generation itself needs no tool.
 */
public final class RdlEmitter implements Emitter {
    private final Templates templates;

    public RdlEmitter(Templates templates) {
        this.templates = templates;
    }

    public static String file(MacroConfig cfg) {
        return Layout.rtlDir(cfg) + "/" + cfg.name() + ".rdl";
    }

    /** One register as the template sees it: SystemRDL strings already quoted. */
    public record RdlRegister(String name, String address, String title, List<RdlField> fields) {
    }

    /** One field: its bits, access and reset from the table, its description quoted. */
    public record RdlField(Field field, String desc, String reset) {
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        List<RdlRegister> registers = RegisterMap.present(cfg).stream()
                .map(r -> new RdlRegister(r.name(), "0x" + r.hex(), quote(r.title()), r.fields(cfg).stream()
                        .map(f -> new RdlField(f, quote(f.description()),
                                f.hasReset() ? "0x" + Long.toHexString(f.reset()) : ""))
                        .toList()))
                .toList();
        return List.of(new OutputFile(file(cfg), templates.render("rdl/macro.rdl.vm", cfg, Map.of(
                "registers", registers,
                "dataBits", RegisterMap.DATA_BITS,
                "addressBits", RegisterMap.ADDRESS_BITS))));
    }

    /** A SystemRDL string literal: backslashes and double quotes escaped. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
