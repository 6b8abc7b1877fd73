package org.aimcgen.rtl;

import static org.aimcgen.hw.Hw.and;
import static org.aimcgen.hw.Hw.assign;
import static org.aimcgen.hw.Hw.not;
import static org.aimcgen.hw.Hw.when;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.HwComponent;

import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Weight write path: a request port (valid/ready; write or read; row; word of
 * {@code weightWordCols} columns) to the analog array's SRAM port. A request is
 * registered and becomes a one-cycle write or read strobe on the array; read data is
 * registered the cycle after and flagged by {@code wt_rvalid}. Requests are refused
 * (ready low) while a VMM runs, so the array never sees a weight change mid-computation.
 */
public final class WeightWriter extends HwComponent {
    public static final String NAME = "weight_writer";

    /** The macro's weight port (this block is its slave). */
    public final MacroPorts.WeightPort port;
    public final Bool vmmBusy;
    /** The array's SRAM port. */
    public final Bool arrayWe;
    public final Bool arrayRe;
    public final UInt arrayRow;
    public final UInt arrayWord;
    public final UInt arrayWdata;
    public final UInt arrayRdata;

    public WeightWriter(MacroConfig cfg) {
        super(cfg.moduleName(NAME));
        final int rowBits = MacroConfig.bitsFor(cfg.rows());
        final int wordIndexBits = MacroConfig.bitsFor(cfg.weightWords());
        final int dataBits = cfg.weightWordCols() * cfg.weightBits();

        port = new MacroPorts.WeightPort(cfg, slave());
        vmmBusy = inBool("vmm_busy");
        arrayWe = outBool("array_we");
        arrayRe = outBool("array_re");
        arrayRow = outUInt("array_row", rowBits);
        arrayWord = outUInt("array_word", wordIndexBits);
        arrayWdata = outUInt("array_wdata", dataBits);
        arrayRdata = inUInt("array_rdata", dataBits);

        Bool accept = wireBool("request_accept");
        Bool weReg = regBool("write_strobe", false);
        Bool reReg = regBool("read_strobe", false);
        UInt rowReg = reg("row_q", rowBits, 0);
        UInt wordReg = reg("word_q", wordIndexBits, 0);
        UInt dataReg = reg("wdata_q", dataBits, 0);
        Bool rvalidReg = regBool("rvalid_q", false);
        UInt rdataReg = reg("rdata_q", dataBits, 0);

        assign(port.ready, not(vmmBusy));
        assign(accept, and(port.valid, port.ready));
        assign(weReg, and(accept, port.write));
        assign(reReg, and(accept, not(port.write)));
        when(accept, () -> {
            assign(rowReg, port.row);
            assign(wordReg, port.word);
            assign(dataReg, port.wdata);
        });
        assign(rvalidReg, reReg);
        when(reReg, () -> assign(rdataReg, arrayRdata));

        assign(arrayWe, weReg);
        assign(arrayRe, reReg);
        assign(arrayRow, rowReg);
        assign(arrayWord, wordReg);
        assign(arrayWdata, dataReg);
        assign(port.rvalid, rvalidReg);
        assign(port.rdata, rdataReg);
        built();
    }
}
