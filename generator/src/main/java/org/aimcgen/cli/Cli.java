package org.aimcgen.cli;

import java.nio.file.Path;

import org.aimcgen.config.ConfigException;

/** Small helpers shared by the commands: messages and the default output root. */
final class Cli {
    /** Set by scripts/aimcgen to the repository root. */
    static final String ROOT_PROPERTY = "aimcgen.root";

    private Cli() {
    }

    static int reportBadInput(ConfigException e) {
        for (String p : e.problems()) {
            System.err.println("aimcgen: error: " + p);
        }
        System.err.println("aimcgen: nothing was written.");
        return Main.EXIT_BAD_INPUT;
    }

    static void progress(boolean quiet, String line) {
        if (!quiet) {
            System.err.println(line);
        }
    }

    static Path defaultRoot() {
        String root = System.getProperty(ROOT_PROPERTY);
        return Path.of(root != null && !root.isEmpty() ? root : ".");
    }
}
