package org.aimcgen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Param;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.config.Technology;
import org.aimcgen.exec.ExecutorKind;
import org.aimcgen.exec.LocalExecutor;
import org.aimcgen.exec.PointExecutor;
import org.aimcgen.exec.PointsFailedException;
import org.aimcgen.exec.SlurmOptions;
import org.aimcgen.exec.SubmitRefusedException;
import org.aimcgen.model.VmmRun;
import org.aimcgen.sim.SimulationRun;
import org.aimcgen.sim.SimulationTask;
import org.aimcgen.sim.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run real VMMs through the whole macro: the generated control RTL around the real-number "
                + "analog array, in Icarus or Verilator, checked against the Java behavioural model.",
            "Generates into a work folder, builds (cached between runs), runs with progress, and prints per run: "
                + "VMMs, mismatches vs the model, computing error vs the ideal integer VMM (RMS and max, %% of "
                + "full scale; SNR in dB, RMS of the ideal results over RMS of their errors), results saturated at "
                + "the output word's limits, ADC gated fraction and simulation speed.",
            "Exit 0 when every run matches the model, 1 when one does not, 2 on bad input."})
final class SimulateCommand implements Callable<Integer> {
    static final int MAX_VMMS = 100_000;
    static final int MAX_SEEDS = 1000;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--sim", paramLabel = "SIMULATOR", defaultValue = "icarus",
            description = "icarus (wreal models, quick to build) or verilator (real models, fast to run); "
                    + "default: ${DEFAULT-VALUE}")
    String sim;

    @Option(names = "--vmms", paramLabel = "N", defaultValue = "10",
            description = "VMMs per run, 1.." + MAX_VMMS + " (default: ${DEFAULT-VALUE})")
    int vmms;

    @Option(names = "--waves", description = "dump waveforms (VCD, open with GTKWave)")
    boolean waves;

    @Option(names = "--mc", paramLabel = "K", defaultValue = "1",
            description = "Monte Carlo: K mismatch seeds, nonideal.seed, +1, ... (default: ${DEFAULT-VALUE})")
    int mc;

    @Option(names = "--corners", description = "sweep temperature -40, 27, 105 C and supply 0.65 V, nominal, 1.2 V")
    boolean corners;

    @Option(names = "--stimulus-seed", paramLabel = "S",
            description = "seed of the weights and input vectors (default: " + VmmRun.DEFAULT_STIMULUS_SEED + ")")
    long stimulusSeed = VmmRun.DEFAULT_STIMULUS_SEED;

    @Option(names = "--executor", paramLabel = "local|slurm", defaultValue = ExecutorChoice.DEFAULT,
            description = ExecutorChoice.DESCRIPTION)
    String executor;

    @Mixin
    SlurmMixin slurm = new SlurmMixin();

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "runs (--mc seeds, --corners) simulated at once on this machine, 1.." + LocalExecutor.MAX_JOBS
                    + " (default: ${DEFAULT-VALUE}: a large macro's simulation takes the memory of one)")
    int jobs;

    @Option(names = {"-w", "--work"}, paramLabel = "DIR",
            description = "work folder, on a file system the nodes share for --executor slurm (default: "
                    + "build/simulate under the aimcgen repository or the current folder, or WORKDIR/simulate with "
                    + "the site file's slurm.workDir)")
    Path work;

    @Option(names = "--results-only",
            description = "check the streamed results only, not every channel's TDC code and gating counters over "
                    + "APB (faster on large macros; no gated fraction)")
    boolean resultsOnly;

    @Option(names = {"-q", "--quiet"}, description = "print the summary table only")
    boolean quiet;

    @Override
    public Integer call() {
        // Every bad option, the configuration's problems and the work folder's, in one round.
        List<String> problems = new ArrayList<>();
        Simulator simulator = Cli.collect(problems, this::parseSimulator);
        ExecutorKind kind = ExecutorChoice.check(executor, slurm, problems);
        SlurmOptions slurmOptions = ExecutorChoice.asksSlurm(executor) ? slurm.resolve(problems) : null;
        Path workRoot = ExecutorChoice.workRoot(work, slurmOptions, Cli.defaultRoot().resolve("build")
                .resolve("simulate"), "simulate");
        Cli.range(problems, "--jobs", jobs, 1, LocalExecutor.MAX_JOBS);
        check(problems, () -> checkRange("--vmms", vmms, 1, MAX_VMMS));
        check(problems, () -> checkRange("--mc", mc, 1, MAX_SEEDS));
        List<SimulationRun.Point> points = mc < 1 || mc > MAX_SEEDS ? null : Cli.collect(problems, this::points);
        // Each run generates into a folder of its own, named by its label.
        List<String> subfolders = new ArrayList<>(List.of(ExecutorChoice.BATCH_FOLDER));
        if (points != null) {
            points.forEach(p -> subfolders.add(p.label()));
        }
        problems.addAll(Cli.folderProblems(work != null ? "--work " + work : "work folder " + workRoot, workRoot,
                subfolders));
        if (ExecutorChoice.asksSlurm(executor) && slurm.resubmitFailed) {
            ExecutorChoice.earlierRun(workRoot, problems);
        }
        if (!problems.isEmpty()) {
            return Cli.reportBadInput(new ConfigException(problems));
        }
        for (String tool : List.of("make", simulator.tool())) {
            if (!Tools.onPath(tool)) {
                System.err.println("aimcgen: error: " + tool + " is not on the PATH. Run scripts/install-tools "
                        + "(as root it installs the Debian packages make, iverilog, verilator, yosys).");
                return Main.EXIT_INTERNAL;
            }
        }
        MacroConfig first = points.get(0).cfg();
        Cli.progress(quiet, String.format(Locale.ROOT, "aimcgen: simulating %s (%d x %d, %d-bit inputs, %d-bit "
                + "weights) in %s: %d run(s) of %d VMMs, work folder %s", first.name(), first.rows(), first.cols(),
                first.inputBits(), first.weightBits(), simulator.label(), points.size(), vmms, workRoot));
        // Every run has a work folder of its own (workRoot/label): they can run side by side.
        SimulationRun.Options options = new SimulationRun.Options(simulator, vmms, stimulusSeed, waves, resultsOnly);
        List<SimulationTask> tasks = new ArrayList<>();
        for (SimulationRun.Point p : points) {
            tasks.add(new SimulationTask(p, workRoot, options, line -> Cli.progress(quiet, line)));
        }
        PointExecutor pool = ExecutorChoice.executor(kind, jobs, "simulate", workRoot, "aimcgen simulate", first,
                slurmOptions, slurm.resubmitFailed, line -> Cli.progress(quiet, line));
        List<SimulationRun.Result> results;
        boolean failed = false;
        try {
            results = pool.run(tasks, (r, status) -> Cli.progress(quiet,
                    String.format(Locale.ROOT, "  [%s] done: %s (%d of %d, %s)", r.point().label(), row(r),
                            status.done(), status.total(), status.left())));
        } catch (PointsFailedException e) {
            FailureReport.print(e, "run");
            failed = true;
            List<SimulationRun.Result> gathered = e.results();
            results = gathered.stream().filter(java.util.Objects::nonNull).toList();
            if (results.isEmpty()) {
                System.err.println("aimcgen: error: no run finished; rerun the same command with --resubmit-failed");
                return Main.EXIT_INTERNAL;
            }
        } catch (SubmitRefusedException e) {
            return FailureReport.refused(e);
        } catch (IllegalStateException e) {
            return FailureReport.broken(e);
        }
        SimulationTable.print(System.out, results, simulator);
        Path csv = workRoot.resolve(SimulationCsv.FILE);
        try {
            SimulationCsv.write(csv, results);
        } catch (IOException e) {
            System.err.println("aimcgen: error: cannot write " + csv + ": " + e.getMessage());
            return Main.EXIT_INTERNAL;
        }
        System.out.println("table: " + csv);
        if (failed) {
            System.err.println("aimcgen: error: some runs did not finish (listed above); rerun the same command "
                    + "with --resubmit-failed to run only those");
            return Main.EXIT_INTERNAL;
        }
        boolean agree = results.stream().allMatch(r -> r.summary().mismatches() == 0
                && r.summary().vmms() == vmms);
        if (!agree) {
            System.err.println("aimcgen: error: the simulation disagrees with the Java model (see the logs above)");
            return Main.EXIT_INTERNAL;
        }
        return Main.EXIT_OK;
    }


    private static void check(List<String> problems, Runnable check) {
        Cli.collect(problems, () -> {
            check.run();
            return null;
        });
    }

    private Simulator parseSimulator() {
        try {
            return Simulator.parse(sim);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of("--sim: '" + sim + "' is not a simulator; allowed: icarus, verilator"));
        }
    }

    private static void checkRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(List.of(option + ": " + value + " is out of range; allowed: " + min + " to "
                    + max));
        }
    }

    /** A corner of --corners: its label, its --set values, and whether it is the nominal one. */
    private record Corner(String label, List<String> sets, boolean nominal) {
    }

    /**
     * Every (seed, corner) the options ask for, each a configuration of its own. The nominal
     * run, the spread's reference, is the configuration's own seed at the nominal corner
     * (27 C, the node's nominal supply) with --corners, at its own corner without.
     */
    private List<SimulationRun.Point> points() {
        MacroConfig base = configOptions.load();
        List<Corner> corners = new ArrayList<>();
        if (this.corners) {
            // The grid the SDC's oscillator clock is taken over (config.PvtCorners).
            double nominal = base.technology().vddNominal();
            for (PvtCorners.Corner c : PvtCorners.grid(base.technology())) {
                double t = c.tempC();
                double v = c.vdd();
                corners.add(new Corner("T" + plain(t) + "C_" + plain(v) + "V",
                        List.of(Param.TEMP_C.key() + "=" + t, Param.VDD.key() + "=" + v),
                        t == Technology.NOMINAL_TEMP_C && v == nominal));
            }
        } else {
            corners.add(new Corner("", List.of(), true));
        }
        List<SimulationRun.Point> points = new ArrayList<>();
        for (int k = 0; k < mc; k++) {
            int seed = base.seed() + k;
            for (Corner c : corners) {
                List<String> sets = new ArrayList<>();
                sets.add(Param.SEED.key() + "=" + seed);
                sets.addAll(c.sets());
                String label = mc > 1 ? "seed" + seed : "";
                if (!c.label().isEmpty()) {
                    label = label.isEmpty() ? c.label() : label + "_" + c.label();
                }
                points.add(new SimulationRun.Point(label.isEmpty() ? "nominal" : label, configOptions.load(sets),
                        k == 0 && c.nominal()));
            }
        }
        return points;
    }

    /** A number as a label wants it: -40, 0.65, not -40.0000. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String row(SimulationRun.Result r) {
        return String.format(Locale.ROOT, "%d VMMs, mismatches=%d, RMS error %.4f %% FS, max %.4f %% FS, SNR %s dB "
                + "(model %s), saturated %d of %d, gated %s, %.3g VMM/s", r.summary().vmms(),
                r.summary().mismatches(), r.summary().rmsErrPctFs(), r.summary().maxErrPctFs(),
                SimulationTable.decibels(r.simulated().snrDb()), SimulationTable.decibels(r.model().snrDb()),
                r.simulated().saturated(), r.simulated().results(),
                SimulationTable.gated(r) + (r.summary().gatedPct() < 0 ? "" : " %"), r.vmmsPerSecond());
    }
}
