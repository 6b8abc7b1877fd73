package org.aimcgen.emit;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.AnalogModel;

/**
 * What every emitter of one macro reads: the configuration and the analog model built once
 * from it (its tables of mismatch and PVT constants serve every bench and view).
 */
public record MacroContext(MacroConfig cfg, AnalogModel model) {
    public static MacroContext of(MacroConfig cfg) {
        return new MacroContext(cfg, new AnalogModel(cfg));
    }
}
