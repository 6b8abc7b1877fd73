package org.aimcgen.rtl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Apb3;
import org.aimcgen.hw.HwApbSlaveFactory;
import org.aimcgen.hw.HwComponent;
import org.aimcgen.hw.SpinalRun;
import org.junit.jupiter.api.Test;

import spinal.core.UInt;

/** The bank refuses an RTL that differs from the register table: a width, a field left out. */
class RegisterBankTest {
    /** A block with the host port whose fields the test binds. */
    static final class Block extends HwComponent {
        final Apb3 apb;

        Block(MacroConfig cfg, BiConsumer<Block, RegisterBank> bind) {
            super("bank_block");
            apb = new Apb3(MacroPorts.APB, slave());
            bind.accept(this, new RegisterBank(cfg, new HwApbSlaveFactory(this, apb)));
            built();
        }

        UInt state(String name, int width) {
            return reg(name, width, 0);
        }
    }

    private static void elaborate(BiConsumer<Block, RegisterBank> bind) {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        SpinalRun.verilog(() -> new Block(cfg, bind));
    }

    @Test
    void refusesASignalOfAnotherWidthThanItsField() {
        int width = RegisterMap.INDEX.field(TestSupport.preset("tiny.yaml")).width();
        Exception e = assertThrows(SpinalRun.ElaborationException.class,
                () -> elaborate((b, bank) -> bank.bind(RegisterMap.INDEX, "index", b.state("index_q", width + 1))));
        assertTrue(e.getMessage().contains("INDEX.index is " + width + " bits in the register table"), e.getMessage());
    }

    @Test
    void refusesAFieldOfTheTableLeftOut() {
        Exception e = assertThrows(SpinalRun.ElaborationException.class, () -> elaborate((b, bank) -> {
            bank.bindConstant(RegisterMap.ROWS, "rows");
            bank.build();
        }));
        assertTrue(e.getMessage().contains("register fields in the table but not in the RTL: [CTRL.start"),
                e.getMessage());
    }
}
