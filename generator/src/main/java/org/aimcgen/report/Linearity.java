package org.aimcgen.report;

/**
 * Static linearity of a converter from its code transition points (IEEE 1241 style,
 * endpoint fit): the average code width is the span of the first and last transitions over
 * the codes between them, so offset and gain error are taken out and what is left is the
 * shape. Transition i is the input at which the code first reaches firstCode + i + 1.
 *
 * @param firstCode   the code below the first transition
 * @param transitions inputs of the transitions, ascending, in any unit
 * @param averageStep the endpoint-fit code width, in the transitions' unit
 * @param dnlLsb      DNL of code firstCode + i + 1 (between transitions i and i + 1), LSB: width / average - 1
 * @param inlLsb      INL at transition i, LSB: its distance from the endpoint line
 */
public record Linearity(int firstCode, double[] transitions, double averageStep, double[] dnlLsb, double[] inlLsb) {

    public static Linearity of(int firstCode, double[] transitions) {
        int n = transitions.length;
        if (n < 3) {
            throw new IllegalArgumentException("linearity needs at least 3 transitions, got " + n);
        }
        double step = (transitions[n - 1] - transitions[0]) / (n - 1);
        if (!(step > 0)) {
            throw new IllegalArgumentException("the transitions do not rise: first " + transitions[0] + ", last "
                    + transitions[n - 1]);
        }
        double[] dnl = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            dnl[i] = (transitions[i + 1] - transitions[i]) / step - 1.0;
        }
        double[] inl = new double[n];
        for (int i = 0; i < n; i++) {
            inl[i] = (transitions[i] - (transitions[0] + i * step)) / step;
        }
        return new Linearity(firstCode, transitions.clone(), step, dnl, inl);
    }

    public double maxAbsDnl() {
        return maxAbs(dnlLsb);
    }

    public double maxAbsInl() {
        return maxAbs(inlLsb);
    }

    /** Codes that no input gives (DNL -1: two transitions at the same input). */
    public int missingCodes() {
        int missing = 0;
        for (double d : dnlLsb) {
            missing += d <= -1.0 + 1e-9 ? 1 : 0;
        }
        return missing;
    }

    private static double maxAbs(double[] values) {
        double m = 0.0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
