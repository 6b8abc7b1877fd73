package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

class AnalogModelTest {
    private static MacroConfig tiny(String... sets) {
        List<String> all = new java.util.ArrayList<>(List.of("array.rows=16", "array.cols=4", "array.tileRows=8",
                "precision.inputBits=4", "precision.weightBits=4", "precision.capGroup=2", "adc.bits=8"));
        all.addAll(List.of(sets));
        return ConfigLoader.parse("", "test", all);
    }

    private static MacroConfig ideal() {
        return tiny("nonideal.capMismatchPct=0", "nonideal.comparatorOffsetMv=0", "nonideal.noise=false");
    }

    @Test
    void idealGroupVoltageIsTheTileModel() {
        MacroConfig cfg = ideal();
        AnalogModel m = new AnalogModel(cfg);
        int[] x = {1, 2, 3, 15, 0, 7, 9, 4};
        int[] w = {6, 9, 3, 15, 1, 2, 12, 5};
        double[] want = TileModel.groupVoltages(cfg, x, w);
        for (int g = 0; g < cfg.groups(); g++) {
            assertEquals(want[g], m.groupVoltage(0, 0, g, x, w), 1e-12);
        }
    }

    @Test
    void atNominalPvtTheOscillatorRunsAtItsNominalPeriod() {
        MacroConfig cfg = ideal();
        AnalogModel m = new AnalogModel(cfg);
        assertEquals(cfg.technology().roPeriodPs() / 1000.0, m.roPeriodNs(), 1e-12);
        assertEquals(1.0, m.driveStrength(AnalogModel.ALPHA_RO), 1e-12);
    }

    @Test
    void fullScaleOnEveryTileGivesTheAdcFullScaleAboveTheReference() {
        MacroConfig cfg = ideal();
        AnalogModel m = new AnalogModel(cfg);
        double perTile = m.tilePulseNs(0, 0, cfg.vdd(), 0) - m.tilePulseNs(0, 0, 0.0, 0);
        assertEquals(cfg.adcFullScale(), perTile * cfg.tiles() / m.stepNs(), 1e-9);
        assertEquals(m.vtcDelayNs() + m.pedestalV() / m.vtcSlope(), m.tilePulseNs(0, 0, 0.0, 0), 1e-15,
                "zero volts: the converter delay and the pedestal");
    }

    /** A zero-input chain lasts a whole number of TDC steps and a half, at every supply (the pedestal's design). */
    @Test
    void zeroInputChainEndsHalfWayBetweenSteps() {
        for (String vdd : new String[] {"0.65", "0.9", "1.2"}) {
            MacroConfig cfg = tiny("nonideal.noise=false", "nonideal.comparatorOffsetMv=0", "technology.vdd=" + vdd);
            AnalogModel m = new AnalogModel(cfg);
            double steps = m.chainNs(0, 0, new int[cfg.rows()], new int[cfg.rows()][cfg.cols()], 0) / m.stepNs();
            // Only the ramp mirror's residue (Technology.RAMP_MIRROR_PER_V) moves it off nominal.
            double residue = steps * org.aimcgen.config.Technology.RAMP_MIRROR_PER_V
                    * Math.abs(cfg.vdd() - cfg.technology().vddNominal());
            assertEquals(0.5, steps - Math.floor(steps), residue + 1e-9, vdd + " V: " + steps + " steps");
            assertTrue(m.pedestalV() > 0.0);
        }
    }

    @Test
    void zeroInputGivesZeroAfterReferenceSubtractionDespiteMismatch() {
        // The full charge range: every column converts like the reference column.
        MacroConfig cfg = tiny("nonideal.noise=false", "nonideal.comparatorOffsetMv=0", "adc.rangeShift=0");
        AnalogModel m = new AnalogModel(cfg);
        int[][] weights = new int[16][4];
        for (int[] row : weights) {
            Arrays.fill(row, 11);
        }
        int[] x = new int[16];
        for (int g = 0; g < cfg.groups(); g++) {
            assertEquals(m.code(m.chainNs(cfg.cols(), g, x, weights, 0)), m.code(m.chainNs(2, g, x, weights, 0)));
        }
    }

    @Test
    void pulseGrowsMonotonicallyWithTheInput() {
        MacroConfig cfg = tiny();
        AnalogModel m = new AnalogModel(cfg);
        int[] w = new int[8];
        Arrays.fill(w, 15);
        double previous = -1;
        for (int code = 0; code <= cfg.inputMax(); code++) {
            int[] x = new int[8];
            Arrays.fill(x, code);
            double v = m.groupVoltage(1, 0, 1, x, w);
            assertTrue(v > previous, "code " + code);
            previous = v;
        }
    }

    @Test
    void mismatchHasTheConfiguredSpread() {
        MacroConfig cfg = tiny("nonideal.capMismatchPct=1.0");
        AnalogModel m = new AnalogModel(cfg);
        double sum = 0;
        double sq = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double e = m.dacMismatch(i, 0);
            sum += e;
            sq += e * e;
        }
        double sigma = Math.sqrt(sq / n - (sum / n) * (sum / n));
        assertEquals(0.01, sigma, 0.001, "unit capacitor sigma 1 %");
        assertEquals(m.dacMismatch(7, 2), m.dacMismatch(7, 2), "the same element draws the same value");
    }

    @Test
    void oscillatorSlowsAtLowSupplyAndTheRatioMetricGainDriftsLittle() {
        MacroConfig cfg = ideal();
        AnalogModel nominal = new AnalogModel(cfg);
        AnalogModel low = new AnalogModel(cfg, 0.65, 27);
        AnalogModel hot = new AnalogModel(cfg, cfg.vdd(), 105);
        assertTrue(low.roPeriodNs() > 1.5 * nominal.roPeriodNs(), "0.65 V is much slower");
        assertTrue(hot.roPeriodNs() > nominal.roPeriodNs(), "105 C is slower at nominal supply");
        // Full-scale code relative to the step: both the ramp current and the oscillator
        // follow the transistors, so the gain changes by a few percent, not by 2x.
        double gainNominal = (nominal.tilePulseNs(0, 0, cfg.vdd(), 0) - nominal.vtcDelayNs()) / nominal.stepNs();
        double gainLow = (low.tilePulseNs(0, 0, 0.65, 0) - low.vtcDelayNs()) / low.stepNs();
        assertEquals(1.0, gainLow / gainNominal, 0.1);
    }

    @Test
    void uniformNumbersStayInsideTheOpenInterval() {
        assertEquals(0, Rng.mix(0), "the hash maps zero to zero, so every element mixes its indices first");
        double u = Rng.uniform(0);
        assertEquals(0.5 / 16777216.0, u, 0.0, "never exactly zero: the log is safe");
        assertTrue(Rng.uniform(-1) < 1.0);
    }

    @Test
    void tablesHoldTheDefiningSums() {
        MacroConfig cfg = tiny("precision.capGroup=4");
        AnalogModel m = new AnalogModel(cfg);
        for (int row = 0; row < cfg.rows(); row++) {
            for (int x = 0; x <= cfg.inputMax(); x++) {
                double q = 0.0;
                for (int k = 0; k < cfg.inputBits(); k++) {
                    if (((x >> k) & 1) != 0) {
                        q += (1 << k) * (1.0 + m.dacMismatch(row, k));
                    }
                }
                assertEquals(q, m.dacUnits(row, x), 0.0, "row " + row + " code " + x);
            }
        }
        // The group voltage as defined: sum_j C_j Q_j / sum_j C_j, within rounding.
        int[] x = {1, 2, 3, 15, 0, 7, 9, 4};
        int[] w = {6, 9, 3, 15, 1, 2, 12, 5};
        double weighted = 0.0;
        double capacitance = 0.0;
        for (int j = 0; j < cfg.capGroup(); j++) {
            double c = (1 << j) * (1.0 + m.shareMismatch(2, j));
            double charge = 0.0;
            for (int r = 0; r < cfg.tileRows(); r++) {
                if (((w[r] >> j) & 1) != 0) {
                    charge += m.dacUnits(cfg.tileRows() + r, x[r]);
                }
            }
            weighted += c * charge / (cfg.tileRows() * (double) cfg.inputMax());
            capacitance += c;
        }
        assertEquals(cfg.vdd() * weighted / capacitance, m.groupVoltage(1, 2, 0, x, w), 1e-15);
    }

    @Test
    void oneModelServesManyThreadsWithTheSameNumbers() throws Exception {
        MacroConfig cfg = tiny("array.rows=64", "array.cols=32", "array.tileRows=16");
        AnalogModel m = new AnalogModel(cfg);
        java.util.Random rnd = new java.util.Random(3);
        int[][] weights = new int[cfg.rows()][cfg.cols()];
        int[] x = new int[cfg.rows()];
        for (int r = 0; r < cfg.rows(); r++) {
            x[r] = rnd.nextInt(cfg.inputMax() + 1);
            for (int c = 0; c < cfg.cols(); c++) {
                weights[r][c] = rnd.nextInt(1 << cfg.weightBits());
            }
        }
        double[] serial = new double[cfg.channels()];
        for (int c = 0; c <= cfg.cols(); c++) {
            for (int g = 0; g < cfg.groups(); g++) {
                serial[cfg.channel(c, g)] = m.chainNs(c, g, x, weights, 5);
            }
        }
        double[] parallel = new double[cfg.channels()];
        java.util.stream.IntStream.range(0, cfg.channels()).parallel().forEach(ch -> {
            int c = ch % (cfg.cols() + 1);
            int g = ch / (cfg.cols() + 1);
            parallel[ch] = m.chainNs(c, g, x, weights, 5);
        });
        assertTrue(Arrays.equals(serial, parallel), "bit for bit, in any order and thread");
        // A tile at a time through the public pieces gives the same chain, bit for bit; the
        // tracked group (adc.rangeShift, derived > 0 for this array) against the reference
        // column's voltage of the same tile.
        int col = 7;
        int[] xt = new int[cfg.tileRows()];
        int[] wt = new int[cfg.tileRows()];
        assertTrue(cfg.tracksReference(), "the tracked law is exercised");
        int[] reference = new int[cfg.tileRows()];
        Arrays.fill(reference, cfg.referenceWord());
        for (int g = 0; g < cfg.groups(); g++) {
            double total = 0.0;
            for (int t = 0; t < cfg.tiles(); t++) {
                for (int r = 0; r < cfg.tileRows(); r++) {
                    xt[r] = x[t * cfg.tileRows() + r];
                    wt[r] = weights[t * cfg.tileRows() + r][col];
                }
                double v = m.groupVoltage(t, col, g, xt, wt);
                total += m.trackedPulseNs(t, cfg.channel(col, g), g, v,
                        m.groupVoltage(t, cfg.cols(), g, xt, reference), 5);
            }
            assertEquals(total, serial[cfg.channel(col, g)], 0.0);
        }
    }
}
