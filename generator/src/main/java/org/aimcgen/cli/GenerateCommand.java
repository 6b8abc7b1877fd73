package org.aimcgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.emit.Generator;
import org.aimcgen.emit.Layout;
import org.aimcgen.emit.MacroTiming;
import org.aimcgen.emit.OutputFile;
import org.aimcgen.emit.OutputWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a macro: rtl-out/NAME/, verilog-ams-out/NAME/, sim/NAME/ and constraints/NAME.sdc "
                + "under the output root.",
            "Nothing is written unless the whole macro was generated; unchanged folders are left untouched."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "ROOT",
            description = "output root (default: the aimcgen repository, or the current folder)")
    Path out;

    @Option(names = "--timing", paramLabel = "FILE",
            description = "the pins' measured timing, from 'make timing' in sim/NAME/ (default: "
                    + "rtl-out/NAME/synth/timing.txt under the output root, when present); the macro's "
                    + "Liberty (NAME.lib, one per corner) is rendered from it, and without one it is not generated")
    Path timing;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Path root = out != null ? out : Cli.defaultRoot();
        // The configuration's and the output root's problems, in one round.
        List<String> problems = new ArrayList<>();
        MacroConfig cfg = null;
        try {
            cfg = configOptions.load();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(Cli.folderProblems(out != null ? "--out " + out : "output root " + root, root,
                List.of(Layout.RTL, Layout.AMS, Layout.SIM, Layout.CONSTRAINTS)));
        if (!problems.isEmpty()) {
            return Cli.reportBadInput(new ConfigException(problems));
        }
        Cli.progress(quiet, "aimcgen: generating " + cfg.name() + " from " + configOptions.source()
                + " (" + cfg.rows() + " rows x " + cfg.cols() + " cols, " + cfg.tiles() + " tiles)");
        List<OutputFile> files;
        Path timingFile = timing != null ? timing : MacroTiming.committed(root, cfg);
        MacroTiming measured = null;
        if (timing != null || Files.isRegularFile(timingFile)) {
            try {
                measured = MacroTiming.read(timingFile);
            } catch (IOException | IllegalArgumentException e) {
                if (timing != null) {
                    System.err.println("aimcgen: error: cannot read the timing file " + timingFile + ": " + e.getMessage());
                    return Main.EXIT_BAD_INPUT;
                }
                // A kept file of an older generator: measure again rather than stop.
                note("aimcgen: note: " + timingFile + " is not a timing file of this generator; ignored");
            }
        }
        final MacroConfig config = cfg;
        try {
            files = new Generator().generate(cfg, measured, line -> Cli.progress(quiet, line));
        } catch (Generator.StaleTimingException e) {
            if (timing != null) {
                System.err.println("aimcgen: error: " + timingFile + ": " + e.getMessage());
                return Main.EXIT_BAD_INPUT;
            }
            // The kept file of an earlier configuration of this name: its figures are not this RTL's.
            note("aimcgen: note: " + timingFile + " was measured on other RTL; ignored");
            measured = null;
            files = new Generator().generate(config, null, line -> Cli.progress(quiet, line));
        }
        if (measured == null) {
            note("aimcgen: note: no measured pin timing for " + cfg.name() + ", so no Liberty of the"
                    + " macro (" + cfg.name() + ".lib): run 'make macro-lib' in " + root.resolve(Layout.simDir(cfg))
                    + " (static timing of the control, then generate again with its figures)");
        }
        try {
            OutputWriter.Report report = OutputWriter.write(root, cfg, files);
            Cli.progress(quiet, String.format("aimcgen: %d files in %s: %d folders replaced, %d unchanged (%.1f s)",
                    files.size(), root, report.replaced().size(), report.unchanged().size(),
                    (System.nanoTime() - t0) / 1e9));
        } catch (IOException e) {
            System.err.println("aimcgen: error: cannot write under " + root + ": " + e.getMessage());
            return Main.EXIT_INTERNAL;
        }
        return Main.EXIT_OK;
    }

    /** A note on what was not generated and why: on stderr, like progress silenced by --quiet. */
    private void note(String line) {
        if (!quiet) {
            System.err.println(line);
        }
    }
}
