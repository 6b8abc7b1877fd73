package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.hw.SpinalRun;
import org.aimcgen.rtl.AdcGateCtrl;
import org.aimcgen.rtl.ChannelBank;
import org.aimcgen.rtl.ChannelLeaf;
import org.aimcgen.rtl.ColumnCombine;
import org.aimcgen.rtl.HostInterface;
import org.aimcgen.rtl.MacroTop;
import org.aimcgen.rtl.RowDriverCtrl;
import org.aimcgen.rtl.Sequencer;
import org.aimcgen.rtl.TimeAccumulator;
import org.aimcgen.rtl.WeightWriter;

/**
 * The digital control RTL, with our parameter header on top: the top and its blocks, and
 * the channel leaf, elaborated by SpinalHDL (two runs: the leaf is its own top, generated
 * once); the channel bank that repeats the leaf, rendered from a template.
 */
public final class RtlEmitter implements Emitter {
    private final Templates templates;

    public RtlEmitter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> emit(MacroContext ctx) {
        MacroConfig cfg = ctx.cfg();
        Map<String, String> spinal = new LinkedHashMap<>(SpinalRun.verilog(() -> new MacroTop(cfg)).files());
        spinal.putAll(SpinalRun.verilog(() -> new ChannelLeaf(cfg)).files());
        ChannelBank bank = new ChannelBank(cfg);
        String bankFile = bank.ports().module() + ".v";
        List<String> names = fileNames(cfg);
        TreeSet<String> expected = new TreeSet<>(names);
        expected.remove(bankFile);
        if (!expected.equals(new TreeSet<>(spinal.keySet()))) {
            throw new IllegalStateException("SpinalHDL emitted " + spinal.keySet() + ", expected " + expected);
        }
        List<OutputFile> out = new ArrayList<>();
        for (String name : names) {
            String text;
            if (name.equals(bankFile)) {
                text = templates.render("rtl/channel_bank.v.vm", cfg,
                        Map.of("bank", bank, "ports", bank.ports(), "leaf", bank.leaf()));
            } else {
                String module = name.substring(0, name.length() - 2);
                String body = module.equals(topModule(cfg)) ? PowerPins.addToTop(cfg, spinal.get(name)) : spinal.get(name);
                text = templates.render("rtl/header.vm", cfg,
                        Map.of("title", "Digital control RTL (SpinalHDL): module " + module)) + body;
            }
            out.add(new OutputFile(Layout.rtlDir(cfg) + "/" + name, text));
        }
        out.add(new OutputFile(Layout.rtlDir(cfg) + "/" + cfg.name() + ".f",
                templates.render("rtl/filelist.f.vm", cfg, Map.of("files", names))));
        return out;
    }

    /**
     * The blocks under the top, in compile order (one file each); the leaf before its bank.
     * Each name is the block's own (its constructor names the module, the top names the
     * instance after it). The gating controller exists only with dual threshold.
     */
    static List<String> blocks(MacroConfig cfg) {
        List<String> blocks = new ArrayList<>(List.of(Sequencer.NAME, RowDriverCtrl.NAME, WeightWriter.NAME,
                HostInterface.NAME, ColumnCombine.NAME, TimeAccumulator.NAME));
        if (cfg.dualThreshold()) {
            blocks.add(AdcGateCtrl.NAME);
        }
        blocks.addAll(List.of(ChannelLeaf.NAME, ChannelBank.NAME));
        return blocks;
    }

    /** The RTL files of a macro, children first, the top last. */
    public static List<String> fileNames(MacroConfig cfg) {
        List<String> names = new ArrayList<>();
        for (String block : blocks(cfg)) {
            names.add(cfg.moduleName(block) + ".v");
        }
        names.add(topModule(cfg) + ".v");
        return names;
    }

    /** Top module of the RTL. */
    public static String topModule(MacroConfig cfg) {
        return cfg.name();
    }
}
