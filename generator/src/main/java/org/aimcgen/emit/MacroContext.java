package org.aimcgen.emit;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.AnalogModel;

/**
 * What every emitter of one macro reads: the configuration, the analog model built once
 * from it (its tables of mismatch and PVT constants serve every bench and view), and the
 * measured timing of its pins when there is one (null otherwise: no macro Liberty).
 */
public record MacroContext(MacroConfig cfg, AnalogModel model, MacroTiming timing) {
    public static MacroContext of(MacroConfig cfg) {
        return of(cfg, null);
    }

    public static MacroContext of(MacroConfig cfg, MacroTiming timing) {
        return new MacroContext(cfg, new AnalogModel(cfg), timing);
    }
}
