package org.aimcgen.hw;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * An APB3 port (AMBA 3 APB: setup phase with PSEL, access phase with PENABLE; the slave
 * answers with PREADY and PSLVERR), its signals prefixed {@code apb_}.
 */
public final class Apb3 implements HwBus {
    /** Address and data widths. */
    public record Config(int addressBits, int dataBits) {
        public Config {
            if (addressBits < 1 || dataBits < 1) {
                throw new IllegalArgumentException("APB3 widths must be positive: " + addressBits + ", " + dataBits);
            }
        }
    }

    public final Config config;
    public final Bool psel;
    public final Bool penable;
    public final Bool pwrite;
    public final UInt paddr;
    public final UInt pwdata;
    public final UInt prdata;
    public final Bool pready;
    public final Bool pslverr;
    private final HwBundle bundle;

    public Apb3(Config config, HwBundle bundle) {
        this.config = config;
        this.bundle = bundle;
        psel = bundle.fromMaster("apb_psel");
        penable = bundle.fromMaster("apb_penable");
        pwrite = bundle.fromMaster("apb_pwrite");
        paddr = bundle.fromMaster("apb_paddr", config.addressBits());
        pwdata = bundle.fromMaster("apb_pwdata", config.dataBits());
        prdata = bundle.toMaster("apb_prdata", config.dataBits());
        pready = bundle.toMaster("apb_pready");
        pslverr = bundle.toMaster("apb_pslverr");
    }

    @Override
    public HwBundle bundle() {
        return bundle;
    }
}
