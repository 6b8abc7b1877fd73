package org.aimcgen.rtl;

import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.Apb3;
import org.aimcgen.hw.HwBundle;
import org.aimcgen.hw.HwBus;
import org.aimcgen.ports.Port;
import org.aimcgen.ports.PortList;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * The macro's port groups, each described once: the blocks that own them declare them
 * (typed fields), the top exposes them whole, and the benches' harness declares and
 * connects them from {@link #benchSignals}. Besides these the top has only clk and reset.
 */
public final class MacroPorts {
    private MacroPorts() {
    }

    /** The host port: byte addresses and 32-bit registers of {@link RegisterMap}. */
    public static final Apb3.Config APB = new Apb3.Config(RegisterMap.ADDRESS_BITS, RegisterMap.DATA_BITS);

    /** Activation stream: {@code actWordRows} inputs a beat, row 0 first; the row drivers are its slave. */
    public static final class ActStream implements HwBus {
        public final Bool valid;
        public final Bool ready;
        public final UInt data;
        private final HwBundle bundle;

        public ActStream(MacroConfig cfg, HwBundle bundle) {
            this.bundle = bundle;
            valid = bundle.fromMaster("act_valid");
            ready = bundle.toMaster("act_ready");
            data = bundle.fromMaster("act_data", cfg.actWordRows() * cfg.inputBits());
        }

        @Override
        public HwBundle bundle() {
            return bundle;
        }
    }

    /** Result stream: one column a beat, column 0 first, last flagged; the host interface is its master. */
    public static final class ResultStream implements HwBus {
        public final Bool valid;
        public final Bool ready;
        public final UInt data;
        public final UInt col;
        public final Bool last;
        private final HwBundle bundle;

        public ResultStream(MacroConfig cfg, HwBundle bundle) {
            this.bundle = bundle;
            valid = bundle.fromMaster("res_valid");
            ready = bundle.toMaster("res_ready");
            data = bundle.fromMaster("res_data", cfg.outputBits());
            col = bundle.fromMaster("res_col", MacroConfig.bitsFor(cfg.cols()));
            last = bundle.fromMaster("res_last");
        }

        @Override
        public HwBundle bundle() {
            return bundle;
        }
    }

    /** Weight port: write or read one word of {@code weightWordCols} columns of a row; the weight writer is its slave. */
    public static final class WeightPort implements HwBus {
        public final Bool valid;
        public final Bool ready;
        public final Bool write;
        public final UInt row;
        public final UInt word;
        public final UInt wdata;
        public final Bool rvalid;
        public final UInt rdata;
        private final HwBundle bundle;

        public WeightPort(MacroConfig cfg, HwBundle bundle) {
            this.bundle = bundle;
            final int dataBits = cfg.weightWordCols() * cfg.weightBits();
            valid = bundle.fromMaster("wt_valid");
            ready = bundle.toMaster("wt_ready");
            write = bundle.fromMaster("wt_write");
            row = bundle.fromMaster("wt_row", MacroConfig.bitsFor(cfg.rows()));
            word = bundle.fromMaster("wt_word", MacroConfig.bitsFor(cfg.weightWords()));
            wdata = bundle.fromMaster("wt_wdata", dataBits);
            rvalid = bundle.toMaster("wt_rvalid");
            rdata = bundle.toMaster("wt_rdata", dataBits);
        }

        @Override
        public HwBundle bundle() {
            return bundle;
        }
    }

    /** The interrupt line; the host interface is its master (it raises it). */
    public static final class Interrupt implements HwBus {
        public final Bool irq;
        private final HwBundle bundle;

        public Interrupt(HwBundle bundle) {
            this.bundle = bundle;
            irq = bundle.fromMaster("irq");
        }

        @Override
        public HwBundle bundle() {
            return bundle;
        }
    }

    /** The top's port groups as descriptions, in port order, each seen from the top's side. */
    public static List<HwBundle> topBundles(MacroConfig cfg) {
        HwBundle apb = HwBundle.describe(HwBundle.Role.SLAVE);
        new Apb3(APB, apb);
        HwBundle act = HwBundle.describe(HwBundle.Role.SLAVE);
        new ActStream(cfg, act);
        HwBundle res = HwBundle.describe(HwBundle.Role.MASTER);
        new ResultStream(cfg, res);
        HwBundle wt = HwBundle.describe(HwBundle.Role.SLAVE);
        new WeightPort(cfg, wt);
        HwBundle irq = HwBundle.describe(HwBundle.Role.MASTER);
        new Interrupt(irq);
        return List.of(apb, act, res, wt, irq);
    }

    /** What each group of {@link #topBundles} is, in the same order: the descriptions of the top's pins. */
    private static final List<String> GROUP_DESCRIPTIONS = List.of(
            "APB host port (registers of RegisterMap)",
            "activation stream into the row drivers",
            "result stream, one column a beat",
            "weight port: one word of a row, written or read",
            "interrupt: VMM done while CTRL.IRQ_ENABLE is set");

    /**
     * Every pin of the macro top, in the elaborated top's order (SpinalHDL puts the reset
     * first and the clock last, around the port groups): the port list of the views a parent
     * design gets in place of the macro (the black-box stub, the macro's Liberty and LEF), so
     * they cannot drift from it. A bus that the configuration makes one bit wide stays a bus
     * (the RTL declares it [0:0]).
     */
    public static PortList topPorts(MacroConfig cfg) {
        List<Port> p = new ArrayList<>();
        p.add(Port.in("reset", 1, "asynchronous reset, active high"));
        List<HwBundle> bundles = topBundles(cfg);
        for (int i = 0; i < bundles.size(); i++) {
            HwBundle b = bundles.get(i);
            for (HwBundle.Signal s : b.signals()) {
                boolean topDrives = s.drivenBy(b.role());
                Port.Direction dir = topDrives ? Port.Direction.OUT : Port.Direction.IN;
                p.add(new Port(s.name(), dir, Port.Kind.LOGIC, s.width(), s.vector(), GROUP_DESCRIPTIONS.get(i)));
            }
        }
        p.add(Port.in(CLOCK, 1, "control clock (timing.clockMHz)"));
        return new PortList(cfg.name(), p);
    }

    /** The macro's one clock pin. */
    public static final String CLOCK = "clk";

    /**
     * A top port as a bench declares it: {@code reg} when the bench drives it (with its
     * initial value), {@code wire} when the macro does; range "" for a single bit.
     */
    public record BenchSignal(String name, String kind, String range, String initial) {
    }

    /** Every top port but clk and reset, as the benches' harness declares and connects them. */
    public static List<BenchSignal> benchSignals(MacroConfig cfg) {
        List<BenchSignal> out = new ArrayList<>();
        for (HwBundle b : topBundles(cfg)) {
            for (HwBundle.Signal s : b.signals()) {
                boolean benchDrives = !s.drivenBy(b.role());
                out.add(new BenchSignal(s.name(), benchDrives ? "reg" : "wire", s.range(),
                        s.vector() ? s.width() + "'d0" : "1'b0"));
            }
        }
        return out;
    }
}
