package org.aimcgen.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.estimate.Estimate;
import org.aimcgen.model.estimate.Estimator;

/**
 * 'make bench': the analytic estimator's time per configuration, in microseconds, averaged
 * over a second of calls after a warm-up (the JIT compiles it first, as in a long sweep).
 * Usage: java -cp target/aimcgen.jar:target/lib/* org.aimcgen.sweep.EstimatorBench CONFIG
 */
public final class EstimatorBench {
    private static final double WARM_UP_S = 0.5;
    private static final double MEASURE_S = 1.0;

    private EstimatorBench() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: EstimatorBench CONFIG.yaml");
            System.exit(2);
        }
        MacroConfig cfg = ConfigLoader.load(Path.of(args[0]), List.of());
        run(cfg, WARM_UP_S);
        double[] r = run(cfg, MEASURE_S);
        System.out.println(String.format(Locale.ROOT, "%.2f", r[0] / r[1] * 1e6));
    }

    /** Calls for about seconds: {elapsed s, calls}; the sum of results keeps the JIT from skipping them. */
    private static double[] run(MacroConfig cfg, double seconds) {
        long t0 = System.nanoTime();
        long calls = 0;
        double sink = 0;
        while (System.nanoTime() - t0 < seconds * 1e9) {
            for (int i = 0; i < 100; i++) {
                Estimate e = Estimator.estimate(cfg, 0.5);
                sink += e.energyPjPerVmm();
            }
            calls += 100;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (sink == 42.0) {
            System.err.println();
        }
        return new double[] {elapsed, calls};
    }
}
