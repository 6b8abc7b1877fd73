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

    public WeightWriter(MacroConfig cfg) {
        super(cfg.moduleName("weight_writer"));
        final int rowBits = MacroConfig.bitsFor(cfg.rows());
        final int wordIndexBits = MacroConfig.bitsFor(cfg.weightWords());
        final int dataBits = cfg.weightWordCols() * cfg.weightBits();

        Bool valid = inBool("wt_valid");
        Bool ready = outBool("wt_ready");
        Bool write = inBool("wt_write");
        UInt row = inUInt("wt_row", rowBits);
        UInt word = inUInt("wt_word", wordIndexBits);
        UInt wdata = inUInt("wt_wdata", dataBits);
        Bool rvalid = outBool("wt_rvalid");
        UInt rdata = outUInt("wt_rdata", dataBits);
        Bool vmmBusy = inBool("vmm_busy");

        Bool arrayWe = outBool("array_we");
        Bool arrayRe = outBool("array_re");
        UInt arrayRow = outUInt("array_row", rowBits);
        UInt arrayWord = outUInt("array_word", wordIndexBits);
        UInt arrayWdata = outUInt("array_wdata", dataBits);
        UInt arrayRdata = inUInt("array_rdata", dataBits);

        Bool accept = wireBool("request_accept");
        Bool weReg = regBool("write_strobe", false);
        Bool reReg = regBool("read_strobe", false);
        UInt rowReg = reg("row_q", rowBits, 0);
        UInt wordReg = reg("word_q", wordIndexBits, 0);
        UInt dataReg = reg("wdata_q", dataBits, 0);
        Bool rvalidReg = regBool("rvalid_q", false);
        UInt rdataReg = reg("rdata_q", dataBits, 0);

        assign(ready, not(vmmBusy));
        assign(accept, and(valid, ready));
        assign(weReg, and(accept, write));
        assign(reReg, and(accept, not(write)));
        when(accept, () -> {
            assign(rowReg, row);
            assign(wordReg, word);
            assign(dataReg, wdata);
        });
        assign(rvalidReg, reReg);
        when(reReg, () -> assign(rdataReg, arrayRdata));

        assign(arrayWe, weReg);
        assign(arrayRe, reReg);
        assign(arrayRow, rowReg);
        assign(arrayWord, wordReg);
        assign(arrayWdata, dataReg);
        assign(rvalid, rvalidReg);
        assign(rdata, rdataReg);
        built();
    }
}
