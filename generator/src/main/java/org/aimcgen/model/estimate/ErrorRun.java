package org.aimcgen.model.estimate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Param;
import org.aimcgen.model.Metrics;
import org.aimcgen.model.StandInModel;
import org.aimcgen.model.VmmRun;

/**
 * The computing error of a macro from the behavioural model over Monte Carlo seeds: each
 * seed redraws mismatch, offsets and noise (nonideal.seed, seed + 1, ...), and runs the
 * same random VMMs (the stimulus seed) after the host's offset calibration, exactly as
 * tb_vmm does. Errors are measured as {@link Metrics} measures them.
 */
public final class ErrorRun {
    private ErrorRun() {
    }

    /** The same macro with another Monte Carlo seed. */
    public static MacroConfig withSeed(MacroConfig cfg, int seed) {
        return with(cfg, Map.of(Param.SEED, seed));
    }

    /** The same macro at another supply and temperature (the derived settings kept). */
    public static MacroConfig atCorner(MacroConfig cfg, double vdd, double tempC) {
        return with(cfg, Map.of(Param.VDD, vdd, Param.TEMP_C, tempC));
    }

    private static MacroConfig with(MacroConfig cfg, Map<Param, Object> changes) {
        Map<Param, Object> v = new EnumMap<>(Param.class);
        v.putAll(cfg.values());
        v.putAll(changes);
        return MacroConfig.of(v);
    }

    /** Error over seeds x vmms random VMMs; the stimulus is the same for every seed. */
    public static ErrorEstimate run(MacroConfig cfg, int seeds, int vmms, long stimulusSeed) {
        if (seeds < 1 || vmms < 1) {
            throw new IllegalArgumentException("an error run needs at least one seed and one VMM");
        }
        Metrics.Builder all = new Metrics.Builder(cfg);
        double perMac = VmmRun.resultPerMac(cfg);
        double fullScale = VmmRun.fullScaleResult(cfg);
        List<Double> errors = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            MacroConfig c = withSeed(cfg, cfg.seed() + s);
            VmmRun run = VmmRun.create(c, vmms, stimulusSeed);
            for (int n = 0; n < run.vmms(); n++) {
                StandInModel.Outcome o = run.outcomes().get(n);
                long[] ideal = run.ideals().get(n);
                for (int col = 0; col < cfg.cols(); col++) {
                    all.result(o.results()[col], ideal[col]);
                    errors.add(100.0 * (o.results()[col] - ideal[col] * perMac) / fullScale);
                }
                for (int ch = 0; ch < cfg.channels(); ch++) {
                    all.gating(o.active()[ch], o.gated()[ch]);
                }
            }
        }
        Metrics m = all.build();
        double gated = m.gatedPct() < 0 ? 0.0 : m.gatedPct() / 100.0;
        return new ErrorEstimate(seeds, vmms, m.rmsErrPctFs(), m.maxErrPctFs(), m.snrDb(), gated, m.saturatedPct(),
                List.copyOf(errors));
    }
}
