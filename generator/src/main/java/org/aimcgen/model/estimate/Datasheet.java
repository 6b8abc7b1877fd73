package org.aimcgen.model.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.PvtCorners;
import org.aimcgen.model.VmmRun;

/**
 * A macro's datasheet: the estimate at its configured operating point, the computing error
 * from the behavioural model over Monte Carlo seeds, and the error over the PVT corner grid.
 * The energy uses the gated fraction the error run measured.
 *
 * @param config   the resolved configuration
 * @param workload what the figures are measured on
 * @param estimate throughput, energy, latency, area
 * @param error    computing error at the configured corner
 * @param corners  error at each corner of config.PvtCorners (empty when not asked for)
 */
public record Datasheet(MacroConfig config, String workload, Estimate estimate, ErrorEstimate error,
        List<CornerError> corners) {

    /** How much simulation the error takes. */
    public record Options(int seeds, int vmmsPerSeed, boolean corners, long stimulusSeed) {
        public static final Options DEFAULT = new Options(4, 4, true, VmmRun.DEFAULT_STIMULUS_SEED);
        /** The sweep's: one seed, few VMMs, no corners. */
        public static final Options QUICK = new Options(1, 3, false, VmmRun.DEFAULT_STIMULUS_SEED);
    }

    public static final String WORKLOAD = "uniform random inputs and weights (every code equally likely)";

    /** % of full scale: the error over the largest |ideal| any input could give. */
    public static final String ERROR_PCT_FS_DEFINITION = "error in % of full scale: (result - ideal) / the largest"
            + " |ideal| result any input can give (every input at its maximum, every weight at its largest magnitude)";
    /** SNR: what % FS hides when the data use a small part of the range. */
    public static final String SNR_DEFINITION = "SNR: 20 log10(RMS of the ideal results / RMS of their errors), on"
            + " the workload; % of full scale alone flatters a macro whose results use a small part of its range";

    public static Datasheet of(MacroConfig cfg, Options o) {
        ErrorEstimate err = ErrorRun.run(cfg, o.seeds(), o.vmmsPerSeed(), o.stimulusSeed());
        Estimate est = Estimator.estimate(cfg, err.adcGatedFraction());
        List<CornerError> corners = new ArrayList<>();
        if (o.corners()) {
            for (PvtCorners.Corner c : PvtCorners.grid(cfg.technology())) {
                ErrorEstimate e = ErrorRun.run(ErrorRun.atCorner(cfg, c.vdd(), c.tempC()), 1, o.vmmsPerSeed(),
                        o.stimulusSeed());
                corners.add(new CornerError(c.vdd(), c.tempC(), e.rmsPctFs(), e.maxPctFs(), e.snrDb()));
            }
        }
        return new Datasheet(cfg, WORKLOAD, est, err, List.copyOf(corners));
    }

    /** The figures of merit under their JSON keys, in a fixed order. */
    public Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("throughputTops", estimate.throughputTops());
        m.put("efficiencyTopsPerW", estimate.efficiencyTopsPerW());
        m.put("latencyNsPerVmm", estimate.latencyNsPerVmm());
        m.put("energyPjPerVmm", estimate.energyPjPerVmm());
        m.put("areaMm2", estimate.areaMm2());
        m.put("densityKbPerMm2", estimate.densityKbPerMm2());
        m.put("errorRmsPctFs", error.rmsPctFs());
        m.put("errorMaxPctFs", error.maxPctFs());
        m.put("snrDb", error.snrDb());
        m.put("adcGatedFraction", estimate.adcGatedFraction());
        return m;
    }

    /** datasheet.json: the figures, their breakdowns, the corners and the resolved configuration. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("macro", config.name());
        root.putAll(figures());
        root.put("workload", workload);
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("errorPctFs", ERROR_PCT_FS_DEFINITION);
        defs.put("snrDb", SNR_DEFINITION);
        root.put("errorDefinitions", defs);
        Map<String, Object> mc = new LinkedHashMap<>();
        mc.put("seeds", error.seeds());
        mc.put("vmmsPerSeed", error.vmmsPerSeed());
        mc.put("saturatedPct", error.saturatedPct());
        root.put("monteCarlo", mc);
        root.put("phaseNs", estimate.phaseNs());
        root.put("energyPj", estimate.energyPj());
        root.put("areaMm2Parts", estimate.areaPartsMm2());
        root.put("weightWritePjPerWord", estimate.weightWritePj());
        root.put("idlePjPerCycle", estimate.idlePjPerCycle());
        root.put("controlCells", estimate.controlCells());
        List<Map<String, Object>> cs = new ArrayList<>();
        for (CornerError c : corners) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vdd", c.vdd());
            m.put("tempC", c.tempC());
            m.put("errorRmsPctFs", c.rmsPctFs());
            m.put("errorMaxPctFs", c.maxPctFs());
            m.put("snrDb", c.snrDb());
            cs.add(m);
        }
        root.put("corners", cs);
        root.put("configuration", config.byKey());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
