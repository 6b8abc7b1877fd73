package org.aimcgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.ConfigException;

/** Small helpers shared by the commands: messages, the default output root and its checks. */
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

    /**
     * What would stop a command writing under an output folder, found before any work (a
     * generate of a large macro takes seconds, a simulation minutes): a file where the folder
     * or one of its parents should be, a broken link, a folder that cannot be written, or a
     * file where the command puts one of its subfolders. what names the folder in messages,
     * e.g. "--out /tmp/x"; empty when the folder can be used.
     */
    static List<String> folderProblems(String what, Path folder, List<String> subfolders) {
        Path abs = folder.toAbsolutePath().normalize();
        String fix = "; name a folder (it is created if missing)";
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            if (Files.isSymbolicLink(existing)) {
                return List.of(what + ": " + existing + " is a broken symbolic link" + fix);
            }
            existing = existing.getParent();
        }
        if (existing == null) {
            return List.of();
        }
        if (!Files.isDirectory(existing)) {
            return List.of(what + ": " + existing + " is a file, not a folder" + fix);
        }
        if (!Files.isWritable(existing)) {
            return List.of(what + ": " + (existing.equals(abs) ? existing + " is not writable"
                    : "cannot create folders in " + existing + " (not writable)") + "; name another folder");
        }
        List<String> problems = new ArrayList<>();
        for (String sub : subfolders) {
            Path p = abs.resolve(sub);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                problems.add(what + ": " + p + " is a file where a folder goes; move it, or name another folder");
            }
        }
        return problems;
    }

    static Path defaultRoot() {
        String root = System.getProperty(ROOT_PROPERTY);
        return Path.of(root != null && !root.isEmpty() ? root : ".");
    }

    /** The value of a check, or null with its problems added to the others (every problem in one round). */
    static <T> T collect(List<String> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Adds a problem when an option's value lies outside min..max. */
    static void range(List<String> problems, String option, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(option + ": " + value + " is out of range; allowed: " + min + " to " + max);
        }
    }
}
