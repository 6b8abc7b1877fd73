package org.aimcgen.emit.bench;

import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.Templates;
import org.aimcgen.model.AnalogModel;
import org.aimcgen.model.StandInModel;
import org.aimcgen.model.Stimulus;

/**
 * What the bench emitters of one macro share, built once per generate: the configuration,
 * the analog model, the weights and VMM scenarios of the whole-macro benches (tb_macro and
 * tb_macro_ams run the same ones), and the templates.
 */
public record BenchContext(MacroConfig cfg, AnalogModel model, Templates templates, int[][] macroWeights,
        List<StandInModel.Scenario> scenarios) {

    public static BenchContext of(AnalogModel model, Templates templates) {
        MacroConfig cfg = model.config();
        return new BenchContext(cfg, model, templates, Stimulus.macroWeights(cfg), Stimulus.macroScenarios(cfg));
    }

    /** A file of sim/NAME/. */
    public OutputFile file(String name, String text) {
        return new OutputFile(Layout.simDir(cfg) + "/" + name, text);
    }

    /** A bench's Verilog from its template under templates/tb/. */
    public OutputFile bench(String bench, Map<String, Object> values) {
        return file(bench + ".v", templates.render("tb/" + bench + ".v.vm", cfg, values));
    }

    public String render(String template, Map<String, Object> values) {
        return templates.render(template, cfg, values);
    }
}
