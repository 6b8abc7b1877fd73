package org.aimcgen.emit;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import org.aimcgen.Version;
import org.aimcgen.config.MacroConfig;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Velocity in strict mode (an undefined reference is an error, never silent text), with
 * templates read from the classpath so the jar is self-contained. Every template gets the
 * same small view: the macro configuration, the number formatter, the generator version,
 * the header parameters and {@code $dual} (adc.dualThreshold), plus what its emitter adds.
 */
public final class Templates {
    private static final java.util.List<String> VERILOG_SYSTEM_TASKS = java.util.List.of(
            "display", "write", "fopen", "fclose", "fscanf", "fdisplay", "feof", "finish", "stop", "fatal",
            "dumpfile", "dumpvars", "test", "plusargs", "value", "time", "realtime", "readmemh", "readmemb",
            "signed", "unsigned", "itor", "rtoi", "bitstoreal", "realtobits", "random", "urandom", "dist_normal",
            "abs", "sqrt", "ln", "exp", "pow", "floor", "ceil", "clog2", "bits", "sformatf", "sformat", "fflush", "error", "warning",
            "cos", "sin", "rdist_normal");

    private final VelocityEngine engine;

    public Templates() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_LIBRARY,
                "templates/common/macros.vm,templates/common/array.vm,templates/common/bench.vm,templates/common/rng.vm");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine = new VelocityEngine(p);
        engine.init();
    }

    public String render(String template, MacroConfig cfg, Map<String, Object> extra) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("cfg", cfg);
        ctx.put("fmt", Fmt.INSTANCE);
        ctx.put("version", Version.get());
        ctx.put("params", cfg.byKey());
        ctx.put("math", TemplateMath.INSTANCE);
        ctx.put("rng", RngView.INSTANCE);
        // adc.dualThreshold: early comparators, power gating and gating counters exist only when true.
        ctx.put("dual", cfg.dualThreshold());
        // The supply pins (USE_POWER_PINS ports, Liberty pg_pins, LEF power pins): one list.
        ctx.put("supplies", org.aimcgen.ports.SupplyPins.of(cfg));
        // Verilog system tasks look like Velocity references; strict mode would reject
        // them, so each known task renders as itself (and a misspelt one fails loudly).
        for (String task : VERILOG_SYSTEM_TASKS) {
            ctx.put(task, "$" + task);
        }
        extra.forEach(ctx::put);
        Template t = engine.getTemplate("templates/" + template, "UTF-8");
        StringWriter out = new StringWriter();
        t.merge(ctx, out);
        return out.toString();
    }
}
