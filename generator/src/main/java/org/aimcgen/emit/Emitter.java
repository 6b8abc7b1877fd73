package org.aimcgen.emit;

import java.util.List;

import org.aimcgen.config.MacroConfig;

/** One artifact family of a macro, rendered in memory; nothing here touches the disk. */
public interface Emitter {
    List<OutputFile> emit(MacroConfig cfg);
}
