package org.aimcgen.emit;

import java.util.List;
import java.util.function.Supplier;

/** One artifact family of a macro, rendered in memory; nothing here touches the disk. */
public interface Emitter {
    List<OutputFile> emit(MacroContext ctx);

    /**
     * The independent pieces of this emitter's work, which the generator may run in
     * parallel: by default the whole emitter is one.
     */
    default List<Part> parts(MacroContext ctx) {
        return List.of(new Part(getClass().getSimpleName().replace("Emitter", ""), () -> emit(ctx)));
    }

    /** A named piece of work (the name appears in progress lines). */
    record Part(String name, Supplier<List<OutputFile>> work) {
    }
}
