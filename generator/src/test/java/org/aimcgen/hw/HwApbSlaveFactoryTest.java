package org.aimcgen.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;

import spinal.core.Bool;
import spinal.core.UInt;

/** The register factory: its checks at elaboration, and its decode in Icarus. */
class HwApbSlaveFactoryTest {
    private static final Apb3.Config APB = new Apb3.Config(8, 32);

    /** A block with an APB3 slave whose registers the test declares. */
    static final class RegBlock extends HwComponent {
        final Apb3 apb;
        final UInt value;
        final Bool flag;

        RegBlock(Consumer<RegBlock> declare) {
            super("reg_block");
            apb = new Apb3(APB, slave());
            value = reg("value_q", 8, 0x21);
            flag = regBool("flag_q", true);
            declare.accept(this);
            built();
        }
    }

    private static String elaborate(Consumer<RegBlock> declare) {
        return SpinalRun.verilog(() -> new RegBlock(declare)).files().get("reg_block.v");
    }

    @Test
    void rejectsTwoRegistersAtOneAddress() {
        Exception e = assertThrows(SpinalRun.ElaborationException.class, () -> elaborate(b -> {
            HwApbSlaveFactory bus = new HwApbSlaveFactory(b, b.apb);
            bus.register("first", 0x04);
            bus.register("second", 0x04);
        }));
        assertTrue(e.getMessage().contains("first and second both at address 0x4"), e.getMessage());
    }

    @Test
    void rejectsOverlappingFieldsAndUnknownAddresses() {
        Exception overlap = assertThrows(SpinalRun.ElaborationException.class, () -> elaborate(b -> {
            HwApbSlaveFactory bus = new HwApbSlaveFactory(b, b.apb);
            bus.register("ctrl", 0x00);
            bus.read(b.value, 0x00, 0);
            bus.read(b.flag, 0x00, 7);
        }));
        assertTrue(overlap.getMessage().contains("bits 7..7 read by two fields"), overlap.getMessage());
        Exception unknown = assertThrows(SpinalRun.ElaborationException.class, () -> elaborate(b -> {
            HwApbSlaveFactory bus = new HwApbSlaveFactory(b, b.apb);
            bus.write(b.value, 0x08, 0);
        }));
        assertTrue(unknown.getMessage().contains("no register at address 0x8"), unknown.getMessage());
    }

    /** Write, read back, clear-on-set, a constant, and PSLVERR only on unmapped addresses, in Icarus. */
    @Test
    void decodesInSimulation() throws Exception {
        String rtl = elaborate(b -> {
            HwApbSlaveFactory bus = new HwApbSlaveFactory(b, b.apb);
            bus.register("data", 0x04);
            bus.register("status", 0x08);
            bus.register("id", 0x0C);
            bus.readAndWrite(b.value, 0x04, 8);
            bus.read(b.flag, 0x08, 3);
            bus.clearOnSet(b.flag, 0x08, 3);
            bus.read(Hw.u(0xA5, 8), 0x0C, 0);
            bus.build();
        });
        Path dir = TestSupport.workDir("hw-apb-slave-factory");
        Files.writeString(dir.resolve("reg_block.v"), rtl);
        Files.writeString(dir.resolve("tb.v"), """
                `timescale 1ns/1ps
                module tb;
                  reg clk = 0, reset = 1, psel = 0, penable = 0, pwrite = 0;
                  reg [7:0] paddr = 0;
                  reg [31:0] pwdata = 0;
                  wire [31:0] prdata;
                  wire pready, pslverr;
                  reg_block dut (.clk(clk), .reset(reset), .apb_psel(psel), .apb_penable(penable),
                    .apb_pwrite(pwrite), .apb_paddr(paddr), .apb_pwdata(pwdata), .apb_prdata(prdata),
                    .apb_pready(pready), .apb_pslverr(pslverr));
                  always #5 clk = ~clk;
                  task access(input w, input [7:0] a, input [31:0] d);
                    begin
                      @(negedge clk); psel = 1; pwrite = w; paddr = a; pwdata = d;
                      @(negedge clk); penable = 1;
                      #1 $display("access w=%0d addr=%h rdata=%h ready=%0d slverr=%0d", w, a, prdata, pready, pslverr);
                      @(negedge clk); psel = 0; penable = 0; pwrite = 0;
                    end
                  endtask
                  initial begin
                    #12 reset = 0;
                    access(0, 8'h04, 0);
                    access(1, 8'h04, 32'h0000_5A00);
                    access(0, 8'h04, 0);
                    access(0, 8'h08, 0);
                    access(1, 8'h08, 32'h0000_0008);
                    access(0, 8'h08, 0);
                    access(0, 8'h0C, 0);
                    access(0, 8'h00, 0);
                    access(1, 8'h10, 32'hFFFF_FFFF);
                    $finish;
                  end
                endmodule
                """);
        TestSupport.Run compile = TestSupport.run(dir, 60, "iverilog", "-o", "tb.vvp", "tb.v", "reg_block.v");
        assertEquals(0, compile.exit(), compile.output());
        TestSupport.Run sim = TestSupport.run(dir, 60, "vvp", "-n", "tb.vvp");
        assertEquals(0, sim.exit(), sim.output());
        String expected = String.join("\n",
                "access w=0 addr=04 rdata=00002100 ready=1 slverr=0",
                "access w=1 addr=04 rdata=00002100 ready=1 slverr=0",
                "access w=0 addr=04 rdata=00005a00 ready=1 slverr=0",
                "access w=0 addr=08 rdata=00000008 ready=1 slverr=0",
                "access w=1 addr=08 rdata=00000008 ready=1 slverr=0",
                "access w=0 addr=08 rdata=00000000 ready=1 slverr=0",
                "access w=0 addr=0c rdata=000000a5 ready=1 slverr=0",
                "access w=0 addr=00 rdata=00000000 ready=1 slverr=1",
                "access w=1 addr=10 rdata=00000000 ready=1 slverr=1");
        String got = String.join("\n", sim.output().lines().filter(l -> l.startsWith("access")).toList());
        assertEquals(expected, got);
    }
}
