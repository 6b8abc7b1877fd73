package org.aimcgen.emit.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.ports.PortList;
import org.aimcgen.rtl.MacroPorts;
import org.aimcgen.rtl.RegisterMap;

/**
 * The values every whole-macro bench (tb_macro, tb_macro_ams, tb_vmm) renders its harness
 * from (templates/common/bench.vm): the macro's ports ({@link MacroPorts#benchSignals}), port
 * widths, the register include.
 */
final class MacroHarness {
    private MacroHarness() {
    }

    static Map<String, Object> values(MacroConfig cfg, String benchName, String summary) {
        Map<String, Object> tb = new HashMap<>();
        tb.put("benchName", benchName);
        tb.put("summary", summary);
        tb.put("actBits", cfg.actWordRows() * cfg.inputBits());
        tb.put("actWords", cfg.rows() / cfg.actWordRows());
        tb.put("wordsPerTile", cfg.tileRows() / cfg.actWordRows());
        tb.put("wtBits", cfg.weightWordCols() * cfg.weightBits());
        tb.put("rowBits", MacroConfig.bitsFor(cfg.rows()));
        tb.put("wordIndexBits", MacroConfig.bitsFor(cfg.weightWords()));
        tb.put("colBits", MacroConfig.bitsFor(cfg.cols()));
        tb.put("driveCycles", cfg.defaultPhaseCycles()[0]);
        // Register addresses and field masks: the include, under the C header's names.
        tb.put("regsInclude", RegisterInclude.fileName(cfg));
        tb.put("ports", MacroPorts.benchSignals(cfg));
        tb.put("lastTile", cfg.tiles() - 1);
        tb.put("rowDrive", rowDrives(cfg));
        tb.put("range", RegisterMap.hasRange(cfg));
        tb.put("monitorStride", monitorStride(cfg.channels()));
        return tb;
    }

    /**
     * The gating statistics are counted for one channel a VMM, the one INDEX selects while
     * it converts: the benches monitor channel (vmm x stride) mod channels, a stride near
     * 0.618 x channels and coprime with it, so a few VMMs already sample every group and
     * columns far apart.
     */
    static int monitorStride(int channels) {
        int stride = (int) Math.round(0.618 * channels) | 1;
        while (java.math.BigInteger.valueOf(stride).gcd(java.math.BigInteger.valueOf(channels)).intValue() != 1) {
            stride += 2;
        }
        return stride;
    }

    /** The row-drive bus of each tile. */
    static List<String> rowDrives(MacroConfig cfg) {
        List<String> rowDrives = new ArrayList<>();
        for (int t = 0; t < cfg.tiles(); t++) {
            rowDrives.add(PortList.rowDrive(t));
        }
        return rowDrives;
    }
}
