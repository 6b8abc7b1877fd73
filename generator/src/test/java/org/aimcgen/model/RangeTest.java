package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.aimcgen.TestSupport;
import org.aimcgen.config.ConfigException;
import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ADC range for the data (adc.rangeShift; docs/ARCHITECTURE.md, "ADC range for the
 * data"): the tracked pedestal group resolves uniform random data better without leaving
 * its range, its combine is the signed VMM, and a range needs signed weights.
 */
class RangeTest {

    private static MacroConfig load(String preset, String... sets) {
        return ConfigLoader.load(TestSupport.repoRoot().resolve("configs").resolve(preset), List.of(sets));
    }

    /** The derived range gains at least 10 dB of SNR on uniform random data, and no result saturates. */
    @ParameterizedTest
    @ValueSource(strings = {"aidac-1024x256.yaml", "picoram-4b.yaml"})
    void derivedRangeResolvesUniformRandomData(String preset) {
        MacroConfig ranged = load(preset);
        MacroConfig full = load(preset, "adc.rangeShift=0");
        assertTrue(ranged.rangeShift() > 0, "a signed preset gets a range");
        Metrics withRange = VmmRun.create(ranged, 20, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics();
        Metrics without = VmmRun.create(full, 20, VmmRun.DEFAULT_STIMULUS_SEED).modelMetrics();
        assertTrue(withRange.snrDb() >= without.snrDb() + 10.0,
                "SNR " + withRange.snrDb() + " dB with the range against " + without.snrDb() + " dB without");
        assertEquals(0, withRange.saturated(), "saturated results");
    }

    /**
     * The digital stand-in of a tracked macro, calibrated at zero input, computes the signed
     * VMM to within its floors: each group's one code (2^(g capGroup + f - k) LSB) and its
     * zero code's floor alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"aidac-1024x256.yaml", "picoram-4b.yaml"})
    void trackedCombineIsTheSignedVmm(String preset) {
        MacroConfig cfg = load(preset, "array.cols=16", "macro.name=range_check");
        Random rnd = new Random(7);
        int[][] w = new int[cfg.rows()][cfg.cols()];
        for (int[] row : w) {
            for (int c = 0; c < row.length; c++) {
                row[c] = rnd.nextInt(1 << cfg.weightBits());
            }
        }
        int convert = cfg.defaultConvertCycles();
        int[] zero = StandInModel.run(cfg, w, StandInModel.scenario(cfg, 8, false, convert, new int[cfg.rows()]))
                .rawCodes();
        // The stand-in has no noise: the 2^z calibration VMMs read alike, and their sum is
        // the code with z fraction bits.
        for (int ch = 0; ch < zero.length; ch++) {
            zero[ch] <<= cfg.zeroFractionBits();
        }
        double bound = 0;
        int f = cfg.outputFractionBits();
        for (int g = 0; g < cfg.groups(); g++) {
            bound += 2.0 * Math.pow(2, g * cfg.capGroup() + f - cfg.rangeShift());
        }
        double perMac = VmmRun.resultPerMac(cfg);
        for (int n = 0; n < 10; n++) {
            int[] x = new int[cfg.rows()];
            for (int r = 0; r < x.length; r++) {
                x[r] = rnd.nextInt(cfg.inputMax() + 1);
            }
            long[] y = StandInModel.combine(cfg, StandInModel.run(cfg, w,
                    StandInModel.scenario(cfg, 8, false, convert, x)).rawCodes(), zero);
            long[] ideal = VmmRun.idealMacs(cfg, w, x);
            for (int c = 0; c < cfg.cols(); c++) {
                double err = Math.abs(y[c] - ideal[c] * perMac);
                assertTrue(err <= bound, "VMM " + n + " column " + c + ": " + y[c] + " against " + ideal[c] * perMac
                        + " (bound " + bound + ")");
            }
        }
    }

    /** At zero deviation a tracked stand-in chain lasts the zero level, in every group; more charge, longer. */
    @Test
    void trackedStandInChainStartsAtTheZeroLevel() {
        MacroConfig cfg = load("aidac-1024x256.yaml");
        long sRef = 1_000_000L * cfg.trackingDenominator();
        for (int g = 0; g < cfg.groups(); g++) {
            long atZero = sRef * cfg.trackingNumerator(g) / cfg.trackingDenominator();
            assertEquals((int) Math.floor(cfg.trackedZeroSteps()), StandInModel.trackedChainSteps(cfg, g, atZero, sRef));
            assertTrue(StandInModel.trackedChainSteps(cfg, g, atZero + 100_000, sRef)
                    > StandInModel.trackedChainSteps(cfg, g, atZero, sRef));
            assertEquals(0, StandInModel.trackedChainSteps(cfg, g, 0, sRef), "far below: clipped at zero");
        }
    }

    /**
     * The groups' thresholds sum, weighted 2^(g capGroup), to the offset-binary zero point,
     * so the groups' deviations sum to the signed weight: c_g = alpha_g 2^(G-1).
     */
    @ParameterizedTest
    @ValueSource(strings = {"aidac-1024x256.yaml", "picoram-4b.yaml"})
    void trackedThresholdsSumToTheZeroPoint(String preset) {
        MacroConfig cfg = load(preset);
        double sum = 0;
        for (int g = 0; g < cfg.groups(); g++) {
            sum += Math.pow(2, g * cfg.capGroup()) * cfg.trackingRatio(g) * (1 << (cfg.capGroup() - 1));
        }
        assertEquals(1 << (cfg.weightBits() - 1), sum, 0.0);
    }

    @Test
    void aRangeNeedsSignedWeights() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("tiny.yaml", "precision.signedWeights=false", "adc.rangeShift=2"));
        assertTrue(e.getMessage().contains("adc.rangeShift = 2") && e.getMessage().contains("signedWeights"),
                e.getMessage());
        assertEquals(0, load("tiny.yaml", "precision.signedWeights=false").rangeShift(), "derived: no range");
    }

    /**
     * The derived range lengthens a VMM by at most a quarter (the conversion window grows to
     * hold the tracked zero level and span), and the next finer range would not fit: longer
     * than that, or more than the TDC counts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"aidac-1024x256.yaml", "picoram-4b.yaml", "tiny.yaml"})
    void derivedRangeKeepsTheLatencyWithinAQuarter(String preset) {
        MacroConfig ranged = load(preset);
        int full = latency(load(preset, "adc.rangeShift=0"));
        assertTrue(latency(ranged) <= 1.25 * full, latency(ranged) + " cycles against " + full);
        assertTrue(ranged.conversionSteps() <= ranged.countableSteps());
        int finer = ranged.rangeShift() + 1;
        try {
            assertTrue(latency(load(preset, "adc.rangeShift=" + finer)) > 1.25 * full, "k = " + finer + " fits too");
        } catch (ConfigException e) {
            assertTrue(e.getMessage().contains("adc.rangeShift = " + finer) && e.getMessage().contains("TDC counts"),
                    e.getMessage());
        }
    }

    @Test
    void aRangeTheTdcCannotCountIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("aidac-1024x256.yaml", "adc.rangeShift=6"));
        MacroConfig derived = load("aidac-1024x256.yaml");
        assertTrue(e.getMessage().startsWith("adc.rangeShift = 6 needs a conversion window of ")
                && e.getMessage().endsWith("allowed 0 to " + derived.rangeShift()), e.getMessage());
    }

    /**
     * A converter whose delays over many tiles fill its counter reads the saturated code for every input: refused,
     * naming the bits that fit, and the bits it names load.
     */
    @Test
    void aChainTheTdcCannotCountIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("aidac-1024x256.yaml", "adc.bits=4"));
        assertEquals("adc.bits = 4 gives a TDC that counts 24 steps, but the longest chain of 8 tiles takes 32 (full "
                + "scale 15, converter delays 16, 1 to round): allowed: adc.bits 5 to 12 for 8 tiles, or fewer tiles "
                + "(a larger array.tileRows)", e.getMessage());
        MacroConfig five = load("aidac-1024x256.yaml", "adc.bits=5");
        assertTrue(five.maxChainSteps() <= five.countableSteps());
        // Fewer tiles: 4 bits over 2 tiles fit.
        MacroConfig twoTiles = load("aidac-1024x256.yaml", "adc.bits=4", "array.tileRows=512");
        assertEquals(2, twoTiles.tiles());
    }

    /**
     * The target on the default preset: an SNR of at least 30 dB on uniform random
     * data with under 0.1 % of the results saturated (the Java model, which both simulators
     * match bit for bit).
     */
    @Test
    void defaultPresetResolvesUniformRandomDataToThirtyDecibels() {
        Metrics m = VmmRun.create(TestSupport.preset("aidac-1024x256.yaml"), 20, VmmRun.DEFAULT_STIMULUS_SEED)
                .modelMetrics();
        assertTrue(m.snrDb() >= 30.0, "SNR " + m.snrDb());
        assertTrue(m.saturated() < 0.001 * m.results(), m.saturated() + " of " + m.results() + " saturated");
    }

    private static int latency(MacroConfig cfg) {
        return org.aimcgen.model.SequencerModel.latencyCycles(cfg.defaultPhaseCycles(), cfg.inputPlanes());
    }
}
