package org.aimcgen.report;

import java.util.EnumMap;
import java.util.Map;

import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Param;
import org.aimcgen.model.AnalogModel;

/**
 * The static transfer of one channel's converter (VTC ramps, comparators and TDC of every
 * tile, chained), from the behavioural model with noise off: the same input voltage at each
 * tile's converter is swept across the channel's input range and the TDC code recorded; the
 * code transition points, found by bisection (the chain is monotonic in its input), give
 * DNL and INL ({@link Linearity}).
 *
 * <p>The channel is column 0's top weight group, whose codes weigh most in a result. Its
 * input range: with range tracking (adc.rangeShift k &gt; 0) the group's deviation from its
 * tracked threshold, from the level at which an offset-free tile clips (the zero level,
 * -V_zero / 2^k) over the conversion window; without, the group voltage from 0 V to VDD. So
 * a comparator offset beyond what the range leaves for it clips its tile and bends the
 * curve, as it would in the macro. Capacitor mismatch acts before the converter (on the
 * group voltage) and shows in the error histogram, not here.
 *
 * @param channel      the converter's channel (MacroConfig.channel)
 * @param tracked      whether the input is a tracked deviation (else the group voltage)
 * @param startV       input at the start of the range, V
 * @param lsbV         the design's code width in input volts: one TDC step of chain time when every tile moves
 * @param linearity    transitions (in LSB from startV), DNL and INL
 */
public record AdcTransfer(int channel, boolean tracked, double startV, double lsbV, Linearity linearity) {
    /** Bisection steps per transition: far below a millionth of a code. */
    private static final int BISECTION_STEPS = 60;

    /** Fewer transitions than this in the range: no linearity to speak of. */
    public static final int MIN_TRANSITIONS = 3;

    /**
     * The transfer, or empty when the range holds fewer than MIN_TRANSITIONS code
     * transitions below the counter's saturation (a converter whose chain delays alone
     * fill its counter: a few-bit ADC over many tiles). ConfigChecks now refuses such a
     * configuration (the longest chain must be countable); the empty case stays so that the
     * page says why rather than failing, should a future check let one through.
     */
    public static java.util.Optional<AdcTransfer> measure(MacroConfig cfg) {
        AnalogModel model = new AnalogModel(withoutNoise(cfg));
        int group = cfg.groups() - 1;
        int channel = cfg.channel(0, group);
        boolean tracked = cfg.tracksReference();
        double gain = tracked ? model.rangeGain() : 1.0;
        double lsbV = model.vtcSlope() * model.stepNs() / (cfg.tiles() * gain);
        double start = tracked ? -model.trackedZeroV() / gain : 0.0;
        double end = tracked ? start + cfg.conversionSteps() * lsbV : cfg.vdd();
        Chain chain = v -> {
            double ns = 0.0;
            for (int t = 0; t < cfg.tiles(); t++) {
                ns += tracked ? model.trackedPulseNs(t, channel, group, v, 0.0, 0)
                        : model.tilePulseNs(t, channel, v, 0);
            }
            return model.code(ns);
        };
        // Stay below the coarse counter's saturation, where the code stops measuring.
        int saturated = cfg.countableSteps() - 1;
        int first = chain.code(start);
        int last = Math.min(chain.code(end), saturated);
        if (last - first < MIN_TRANSITIONS) {
            return java.util.Optional.empty();
        }
        double[] transitions = new double[last - first];
        for (int k = first + 1; k <= last; k++) {
            double lo = start;
            double hi = end;
            for (int i = 0; i < BISECTION_STEPS; i++) {
                double mid = 0.5 * (lo + hi);
                if (chain.code(mid) >= k) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            transitions[k - first - 1] = (hi - start) / lsbV;
        }
        return java.util.Optional.of(new AdcTransfer(channel, tracked, start, lsbV, Linearity.of(first, transitions)));
    }

    /** The code of the chain when every tile's converter sees input v. */
    private interface Chain {
        int code(double v);
    }

    private static MacroConfig withoutNoise(MacroConfig cfg) {
        Map<Param, Object> v = new EnumMap<>(Param.class);
        v.putAll(cfg.values());
        v.put(Param.NOISE, false);
        return MacroConfig.of(v);
    }

    /** What the x axis measures, for plots and the page. */
    public String inputName() {
        return tracked ? "deviation from the tracked threshold" : "group voltage";
    }
}
