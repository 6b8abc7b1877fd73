package org.aimcgen.sim;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary line of tb_vmm:
 * {@code VMM n=N mismatches=M rms_err_pct_fs=R max_err_pct_fs=X gated_pct=G saturated=S}: S is
 * the SATURATED register after the run (results streamed at a limit of the output word),
 * -1 from a bench older than the register.
 */
public record BenchSummary(int vmms, int mismatches, double rmsErrPctFs, double maxErrPctFs, double gatedPct,
        long saturated) {
    private static final Pattern LINE = Pattern.compile(
            "^VMM n=(\\d+) mismatches=(\\d+) rms_err_pct_fs=([-0-9.eE+]+) max_err_pct_fs=([-0-9.eE+]+)"
                    + " gated_pct=([-0-9.eE+]+)(?: saturated=(\\d+))?");

    public static Optional<BenchSummary> parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new BenchSummary(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                m.group(6) == null ? -1 : Long.parseLong(m.group(6))));
    }
}
