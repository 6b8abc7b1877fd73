package org.aimcgen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.VmmRun;
import org.aimcgen.model.estimate.Datasheet;
import org.aimcgen.report.DatasheetFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a macro's datasheet: NAME/datasheet.json (figures of merit, breakdowns, corners, the "
                + "resolved configuration) and NAME/datasheet.html (the same with plots; self-contained, opens "
                + "offline) and NAME/accelergy.yaml (energy per action and area in Accelergy's reference tables, "
                + "for Timeloop and CiMLoop) under the output folder.",
            "Throughput, energy, latency and area come from the analytic estimate; the computing error from the "
                + "behavioural model over Monte Carlo seeds and the PVT corner grid, on uniform random inputs and "
                + "weights. The same options give the same files, byte for byte."})
final class ReportCommand implements Callable<Integer> {
    static final int MAX_SEEDS = 1000;
    static final int MAX_VMMS = 10_000;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "output folder (default: reports/ under the aimcgen repository, or the current folder)")
    Path out;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "4",
            description = "Monte Carlo seeds of the error, 1.." + MAX_SEEDS + " (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--vmms", paramLabel = "N", defaultValue = "4",
            description = "random VMMs per seed and per corner, 1.." + MAX_VMMS + " (default: ${DEFAULT-VALUE})")
    int vmms;

    @Option(names = "--no-corners", description = "skip the error over the PVT corner grid")
    boolean noCorners;

    @Option(names = {"-q", "--quiet"}, description = "print the written paths only")
    boolean quiet;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Path root = out != null ? out : Cli.defaultRoot().resolve("reports");
        // Every bad option, the configuration's problems and the output folder's, in one round.
        List<String> problems = new ArrayList<>();
        Cli.range(problems, "--seeds", seeds, 1, MAX_SEEDS);
        Cli.range(problems, "--vmms", vmms, 1, MAX_VMMS);
        MacroConfig cfg = null;
        try {
            cfg = configOptions.load();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(Cli.folderProblems(out != null ? "--out " + out : "output folder " + root, root,
                cfg == null ? List.of() : List.of(cfg.name())));
        if (!problems.isEmpty()) {
            return Cli.reportBadInput(new ConfigException(problems));
        }
        Cli.progress(quiet, String.format(Locale.ROOT, "aimcgen: datasheet of %s from %s (%d x %d): error over %d "
                + "seed(s) x %d VMMs%s", cfg.name(), configOptions.source(), cfg.rows(), cfg.cols(), seeds, vmms,
                noCorners ? ", no corners" : " and the PVT corner grid"));
        Datasheet ds = Datasheet.of(cfg, new Datasheet.Options(seeds, vmms, !noCorners, VmmRun.DEFAULT_STIMULUS_SEED));
        Cli.progress(quiet, String.format(Locale.ROOT, "aimcgen: estimated in %.1f s; plotting",
                (System.nanoTime() - t0) / 1e9));
        DatasheetFiles files = DatasheetFiles.of(ds);
        List<Path> written;
        try {
            written = files.write(root.resolve(cfg.name()));
        } catch (IOException e) {
            System.err.println("aimcgen: error: cannot write under " + root + ": " + e.getMessage());
            return Main.EXIT_INTERNAL;
        }
        Cli.progress(quiet, String.format(Locale.ROOT, "aimcgen: done in %.1f s", (System.nanoTime() - t0) / 1e9));
        for (Path p : written) {
            System.out.println(p);
        }
        return Main.EXIT_OK;
    }

}
