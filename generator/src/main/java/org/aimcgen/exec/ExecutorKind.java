package org.aimcgen.exec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values of --executor. */
public enum ExecutorKind {
    /** A pool on this machine's cores (the default). */
    LOCAL,
    /** A Slurm job array. */
    SLURM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by text, or an IllegalArgumentException naming the allowed ones. */
    public static ExecutorKind parse(String text) {
        for (ExecutorKind k : values()) {
            if (k.label().equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("--executor: '" + text + "' is not an executor; allowed: " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ExecutorKind::label).collect(Collectors.joining(", "));
    }
}
