package org.aimcgen.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.aimcgen.config.MacroConfig;

/**
 * Puts a macro's files on disk all or nothing: everything is written into a staging
 * folder inside the output root (same file system, so moves are renames), then each
 * folder the macro owns is swapped in whole. A folder whose content is unchanged is left
 * alone, so make does not rebuild what did not change. If anything fails, the previous
 * outputs stay as they were.
 */
public final class OutputWriter {
    /** Simulation scratch inside an owned folder: kept, never compared. */
    static final String SCRATCH = "build";
    /**
     * Synthesis results (yosys cell counts) written by 'make synth' beside the RTL: derived
     * from the emitted files by a tool, kept across regeneration, checked by the tool tests.
     */
    static final String SYNTH = "synth";
    /**
     * The firmware's C header (rtl-out/NAME/regs/NAME_regs.h), which PeakRDL makes from the
     * emitted .rdl ('make regs'): kept like the cell counts, checked by the tool tests.
     */
    static final String REGS = "regs";
    static final java.util.List<String> KEPT = java.util.List.of(SCRATCH, SYNTH, REGS);

    private OutputWriter() {
    }

    /** What a write did: owned paths replaced and left unchanged. */
    public record Report(List<String> replaced, List<String> unchanged) {
    }

    public static Report write(Path root, MacroConfig cfg, List<OutputFile> files) throws IOException {
        List<String> owned = Layout.owned(cfg);
        for (OutputFile f : files) {
            if (owned.stream().noneMatch(o -> f.path().equals(o) || f.path().startsWith(o + "/"))) {
                throw new IllegalArgumentException("emitted file outside the macro's folders: " + f.path());
            }
        }
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, ".aimcgen-staging-");
        List<String> replaced = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        try {
            Path fresh = staging.resolve("new");
            for (OutputFile f : files) {
                Path p = fresh.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.write(p, f.bytes());
            }
            Path old = staging.resolve("old");
            for (String entry : owned) {
                Path target = root.resolve(entry);
                Path staged = fresh.resolve(entry);
                if (sameTree(staged, target)) {
                    unchanged.add(entry);
                    continue;
                }
                if (Files.exists(target)) {
                    Path aside = old.resolve(entry);
                    Files.createDirectories(aside.getParent());
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                }
                for (String kept : KEPT) {
                    Path oldKept = old.resolve(entry).resolve(kept);
                    if (Files.isDirectory(oldKept) && Files.isDirectory(staged)) {
                        Files.move(oldKept, staged.resolve(kept), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                if (Files.exists(staged)) {
                    Files.createDirectories(target.getParent());
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                }
                replaced.add(entry);
            }
        } finally {
            deleteTree(staging);
        }
        return new Report(replaced, unchanged);
    }

    /** True when both paths hold the same files with the same bytes (or both are absent). */
    static boolean sameTree(Path a, Path b) throws IOException {
        if (!Files.exists(a) || !Files.exists(b)) {
            return Files.exists(a) == Files.exists(b);
        }
        if (Files.isRegularFile(a) || Files.isRegularFile(b)) {
            return Files.isRegularFile(a) && Files.isRegularFile(b)
                    && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        }
        List<Path> la = relativeFiles(a);
        List<Path> lb = relativeFiles(b);
        if (!la.equals(lb)) {
            return false;
        }
        for (Path rel : la) {
            if (!Arrays.equals(Files.readAllBytes(a.resolve(rel)), Files.readAllBytes(b.resolve(rel)))) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(rel -> KEPT.stream().noneMatch(rel::startsWith)).sorted().toList();
        }
    }

    /** Removes a folder and everything under it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
