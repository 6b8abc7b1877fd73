package org.aimcgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.exec.ExecutorKind;
import org.aimcgen.exec.LocalExecutor;
import org.aimcgen.exec.PointExecutor;
import org.aimcgen.exec.PointsFailedException;
import org.aimcgen.exec.SlurmOptions;
import org.aimcgen.exec.SubmitRefusedException;
import org.aimcgen.model.VmmRun;
import org.aimcgen.model.estimate.Datasheet;
import org.aimcgen.sim.SimulationRun;
import org.aimcgen.sim.Simulator;
import org.aimcgen.sweep.Grid;
import org.aimcgen.sweep.Optimizer;
import org.aimcgen.sweep.ParetoFront;
import org.aimcgen.sweep.PointEvaluator;
import org.aimcgen.sweep.SweepPointTask;
import org.aimcgen.sweep.Requirement;
import org.aimcgen.sweep.SweepCsv;
import org.aimcgen.sweep.SweepPage;
import org.aimcgen.sweep.SweepPoint;
import org.aimcgen.sweep.SweepReport;
import org.aimcgen.sweep.SweepRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Estimate every combination of the --vary values (a grid, in parallel) or search the same space "
                + "with NSGA-II (--optimize), and write sweep.csv and sweep.html, a page with Pareto plots of TOPS/W "
                + "and TOPS/mm2 against the RMS error.",
            "Grid order: the first --vary changes slowest, the last fastest. A point that is not a valid "
                + "configuration is listed with its reason and the sweep carries on.",
            "Exit 0 when done, 1 when a --simulate run fails or disagrees with the model, 2 on bad input."})
final class SweepCommand implements Callable<Integer> {
    /** With --optimize, the grid is also estimated for the page up to this size. */
    static final int MAX_GRID_WITH_OPTIMIZE = 500;
    static final int DEFAULT_BUDGET = 400;
    static final long DEFAULT_SEED = 1;
    static final List<String> OUTPUTS = List.of("sweep.csv", "front.csv", "sweep.html");

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...", required = true,
            description = "a key and its values, e.g. --vary precision.capGroup=1,2,4,8 (repeatable: the grid is "
                    + "every combination)")
    List<String> vary = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "points run at once on this machine (--executor local; with --simulate, builds too), 1.."
                    + LocalExecutor.MAX_JOBS + " (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--executor", paramLabel = "local|slurm", defaultValue = ExecutorChoice.DEFAULT,
            description = ExecutorChoice.DESCRIPTION)
    String executor;

    @Mixin
    SlurmMixin slurm = new SlurmMixin();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "output folder (default: reports/NAME/sweep under the aimcgen repository or the current "
                    + "folder)")
    Path out;

    @Option(names = "--simulate", paramLabel = "N",
            description = "also simulate N VMMs of each valid point through the generated macro (slow: a build per "
                    + "point), 0.." + SimulateCommand.MAX_VMMS + " (default: 0, estimates only)")
    int simulate;

    @Option(names = "--sim", paramLabel = "SIMULATOR", defaultValue = "verilator",
            description = "simulator of --simulate: verilator or icarus (default: ${DEFAULT-VALUE})")
    String sim;

    @Option(names = {"-w", "--work"}, paramLabel = "DIR",
            description = "work folder of --simulate and of --executor slurm's job array (default: "
                    + "build/sweep/NAME under the aimcgen repository, or WORKDIR/sweep/NAME with the site file's "
                    + "slurm.workDir)")
    Path work;

    @Option(names = "--optimize", description = "search the space with NSGA-II instead of estimating every point")
    boolean optimize;

    @Option(names = "--budget", paramLabel = "N",
            description = "--optimize: most evaluations, " + Optimizer.MIN_BUDGET + ".." + Optimizer.MAX_BUDGET
                    + " (default: " + DEFAULT_BUDGET + ")")
    Integer budget;

    @Option(names = "--seed", paramLabel = "S", description = "--optimize: the search's seed (default: "
            + DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--require", paramLabel = "KEY<=V",
            description = "a bound on a figure, e.g. --require errorRmsPctFs<=0.8 (repeatable); points outside are "
                    + "infeasible")
    List<String> require = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    /** The options, checked together before any work. */
    private record Plan(Grid grid, List<Requirement> requirements, MacroConfig base, Path outDir, Path workRoot,
            Simulator simulator, ExecutorKind executor, SlurmOptions slurm) {
    }

    @Override
    public Integer call() {
        Plan plan;
        try {
            plan = plan();
        } catch (ConfigException e) {
            return Cli.reportBadInput(e);
        }
        if (simulate > 0 && !toolsPresent(plan.simulator())) {
            return Main.EXIT_INTERNAL;
        }
        long t0 = System.nanoTime();
        Datasheet.Options options = Datasheet.Options.QUICK;
        PointEvaluator evaluator = new PointEvaluator(configOptions::load, plan.base().name(), options);
        Grid grid = plan.grid();
        Cli.progress(quiet, String.format(Locale.ROOT, "aimcgen: sweep of %s from %s: %d points (%s), %s%s",
                plan.base().name(), configOptions.source(), grid.size(), String.join(" x ", grid.keys()),
                plan.executor() == ExecutorKind.SLURM ? "a Slurm job array in " + plan.workRoot() : jobs + " job(s)",
                optimize ? ", NSGA-II" : ""));
        List<SweepPoint> front = List.of();
        List<SweepPoint> searched = List.of();
        String optimizerNote = "";
        if (optimize) {
            int b = budget != null ? budget : DEFAULT_BUDGET;
            long s = seed != null ? seed : DEFAULT_SEED;
            Optimizer.Result r = new Optimizer(evaluator, jobs, line -> Cli.progress(quiet, line))
                    .run(grid, plan.requirements(), b, s);
            front = r.front();
            searched = r.evaluated();
            optimizerNote = String.format(Locale.ROOT, "NSGA-II (MOEA Framework), seed %d, budget %d: %d evaluations "
                    + "in %d generations of %d, %d distinct points estimated; its front has %d points.", s, b,
                    r.evaluations(), r.generations(), r.population(), r.distinct(), front.size());
        }
        List<SweepPoint> points = List.of();
        String gridNote = "";
        boolean failed = false;
        if (!optimize || grid.size() <= MAX_GRID_WITH_OPTIMIZE) {
            PointExecutor pool = ExecutorChoice.executor(plan.executor(), jobs, "sweep", plan.workRoot(),
                    "aimcgen sweep", plan.base(), plan.slurm(), slurm.resubmitFailed, line -> Cli.progress(quiet,
                            line));
            SweepPointTask.Simulation simulation = simulate == 0 ? null : new SweepPointTask.Simulation(
                    new SimulationRun.Options(plan.simulator(), simulate, VmmRun.DEFAULT_STIMULUS_SEED, false, false),
                    plan.workRoot());
            try {
                points = new SweepRunner(evaluator, pool, simulation, line -> Cli.progress(quiet, line))
                        .run(grid, searched);
            } catch (PointsFailedException e) {
                failed = true;
                FailureReport.print(e, "point");
                List<SweepPoint> gathered = e.results();
                points = new ArrayList<>(gathered);
                for (PointsFailedException.Failure f : e.failures()) {
                    points.set(f.index(), SweepPoint.invalid(f.index(), grid.values(f.index()), "not run: Slurm "
                            + "task " + f.label() + " " + f.state() + ", log " + f.log()
                            + "; rerun with --resubmit-failed"));
                }
            } catch (SubmitRefusedException e) {
                return FailureReport.refused(e);
            } catch (IllegalStateException e) {
                return FailureReport.broken(e);
            }
        } else {
            gridNote = "The grid was not estimated for this page: " + grid.size() + " points, more than the "
                    + MAX_GRID_WITH_OPTIMIZE + " a search also estimates whole.";
        }
        List<SweepPoint> gridFront = ParetoFront.of(points, plan.requirements());
        String estimateNote = String.format(Locale.ROOT, "Each point: the analytic estimate, with the computing error "
                + "and the ADC gated fraction from the behavioural model over %d Monte Carlo seed(s) x %d VMMs of %s.",
                options.seeds(), options.vmmsPerSeed(), Datasheet.WORKLOAD);
        SweepReport report = new SweepReport(plan.base().name(), source(), grid, plan.requirements(), points,
                gridNote, gridFront, front, optimizerNote, estimateNote);
        try {
            write(plan.outDir(), report, plan.base());
        } catch (IOException e) {
            System.err.println("aimcgen: error: cannot write under " + plan.outDir() + ": " + e.getMessage());
            return Main.EXIT_INTERNAL;
        }
        Cli.progress(quiet, String.format(Locale.ROOT, "aimcgen: %s: %d points, %d invalid, %d on the grid's Pareto "
                + "front%s (%.1f s)", plan.outDir(), points.size(), report.invalid(), gridFront.size(),
                optimize ? ", " + front.size() + " on NSGA-II's" : "", (System.nanoTime() - t0) / 1e9));
        if (failed) {
            System.err.println("aimcgen: error: some points did not run (listed above and in sweep.csv); rerun "
                    + "the same command with --resubmit-failed to run only those");
        }
        return disagreements(points) || failed ? Main.EXIT_INTERNAL : Main.EXIT_OK;
    }

    private Plan plan() {
        List<String> problems = new ArrayList<>();
        Grid grid = Cli.collect(problems, () -> Grid.parse(vary));
        List<Requirement> requirements = Cli.collect(problems, () -> Requirement.parseAll(require));
        MacroConfig base = Cli.collect(problems, configOptions::load);
        Simulator simulator = Cli.collect(problems, this::simulator);
        ExecutorKind kind = ExecutorChoice.check(executor, slurm, problems);
        SlurmOptions slurmOptions = ExecutorChoice.asksSlurm(executor) ? slurm.resolve(problems) : null;
        if (ExecutorChoice.asksSlurm(executor) && optimize) {
            problems.add("--executor slurm: NSGA-II's estimates take milliseconds each and run on this machine; "
                    + "drop --executor slurm, or sweep a grid without --optimize");
        }
        if (grid != null && !optimize && grid.size() > Grid.MAX_POINTS) {
            problems.add("--vary: the grid has " + grid.size() + " points; a sweep estimates at most "
                    + Grid.MAX_POINTS + " (search a larger space with --optimize)");
        }
        if (grid != null && optimize && grid.size() > Integer.MAX_VALUE) {
            problems.add("--vary: the space has " + grid.size() + " points; --optimize searches at most "
                    + Integer.MAX_VALUE);
        }
        Cli.range(problems, "--jobs", jobs, 1, LocalExecutor.MAX_JOBS);
        Cli.range(problems, "--simulate", simulate, 0, SimulateCommand.MAX_VMMS);
        if (budget != null) {
            Cli.range(problems, "--budget", budget, Optimizer.MIN_BUDGET, Optimizer.MAX_BUDGET);
        }
        if (!optimize) {
            if (budget != null) {
                problems.add("--budget " + budget + ": applies to --optimize only; add --optimize or drop it");
            }
            if (seed != null) {
                problems.add("--seed " + seed + ": applies to --optimize only; add --optimize or drop it");
            }
        } else if (simulate > 0) {
            problems.add("--simulate " + simulate + ": simulates the points of a grid sweep, not of --optimize; "
                    + "drop one of them");
        }
        Path outDir = out;
        Path workRoot = work;
        if (base != null) {
            outDir = out != null ? out : Cli.defaultRoot().resolve("reports").resolve(base.name()).resolve("sweep");
            problems.addAll(Cli.folderProblems(out != null ? "--out " + out : "output folder " + outDir, outDir,
                    List.of()));
            for (String name : OUTPUTS) {
                Path f = outDir.resolve(name);
                if (Files.isDirectory(f)) {
                    problems.add((out != null ? "--out " + out : "output folder " + outDir) + ": " + f
                            + " is a folder where the sweep writes a file; move it, or name another folder");
                }
            }
            if (simulate > 0 || ExecutorChoice.asksSlurm(executor)) {
                workRoot = ExecutorChoice.workRoot(work, slurmOptions, Cli.defaultRoot().resolve("build")
                        .resolve("sweep").resolve(base.name()), "sweep", base.name());
                problems.addAll(Cli.folderProblems(work != null ? "--work " + work : "work folder " + workRoot,
                        workRoot, List.of(ExecutorChoice.BATCH_FOLDER)));
                if (ExecutorChoice.asksSlurm(executor) && slurm.resubmitFailed) {
                    ExecutorChoice.earlierRun(workRoot, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Plan(grid, requirements, base, outDir, workRoot, simulator, kind, slurmOptions);
    }

    private Simulator simulator() {
        try {
            return Simulator.parse(sim);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of("--sim: '" + sim + "' is not a simulator; allowed: icarus, verilator"));
        }
    }

    private static boolean toolsPresent(Simulator simulator) {
        for (String tool : List.of("make", simulator.tool())) {
            if (!Tools.onPath(tool)) {
                System.err.println("aimcgen: error: " + tool + " is not on the PATH. Run scripts/install-tools "
                        + "(as root it installs the Debian packages make, iverilog, verilator, yosys).");
                return false;
            }
        }
        return true;
    }

    private boolean disagreements(List<SweepPoint> points) {
        long bad = points.stream().filter(p -> p.simulated().getOrDefault("simMismatches", 0.0) > 0).count();
        if (bad > 0) {
            System.err.println("aimcgen: error: the simulation of " + bad + " point(s) disagrees with the Java model "
                    + "(column simMismatches of sweep.csv)");
        }
        return bad > 0;
    }

    /** The sweep's files, and only those: a previous run's front.csv goes when this run has none. */
    private void write(Path dir, SweepReport report, MacroConfig base) throws IOException {
        Files.createDirectories(dir);
        writeOrDelete(dir.resolve("sweep.csv"), report.gridNote().isEmpty()
                ? SweepCsv.of(report.grid(), report.points(), report.gridFront(), report.requirements()) : null);
        writeOrDelete(dir.resolve("front.csv"), optimize
                ? SweepCsv.of(report.grid(), report.optimizerFront(), report.optimizerFront(), report.requirements())
                : null);
        writeOrDelete(dir.resolve("sweep.html"), SweepPage.render(report, base));
    }

    private static void writeOrDelete(Path file, String text) throws IOException {
        if (text == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private String source() {
        StringBuilder s = new StringBuilder(configOptions.source());
        configOptions.sets.forEach(x -> s.append(" --set ").append(x));
        return s.toString();
    }


}
