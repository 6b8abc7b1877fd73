package org.aimcgen.emit.bench;

import java.util.List;

import org.aimcgen.emit.OutputFile;

/** One test bench of sim/NAME/ with the stimulus and expected files it reads. */
public interface BenchEmitter {
    /** The bench's name (tb_...), as the Makefile and progress lines know it. */
    String name();

    List<OutputFile> emit(BenchContext ctx);
}
