package org.aimcgen.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.config.MacroConfig;

/**
 * The macro pins' timing as 'make timing' measured it (sim/NAME/sta/timing.tcl, OpenSTA on
 * the control mapped to a standard-cell library): the figures of the macro's Liberty. Read
 * from a file, never estimated: a macro without one gets no Liberty, and generate says how
 * to measure it. The presets' files are committed beside the cell counts
 * (rtl-out/NAME/synth/timing.txt, refreshed by scripts/update-golden).
 *
 * <p>A figure is null where no path exists (a constant output, an input that reaches only
 * the analog array).
 */
public record MacroTiming(String rtlSha256, String library, double periodNs, Map<String, Input> inputs,
        Map<String, Output> outputs, List<Comb> combs) {
    /** Where a macro's measured timing is kept, under rtl-out/NAME/ (a folder generate keeps). */
    public static final String COMMITTED = OutputWriter.SYNTH + "/timing.txt";

    /** An input: setup and hold against the rising clock, ns; the load it presents, pF. */
    public record Input(Double setupNs, Double holdNs, Double capPf) {
    }

    /** An output: clock to output, slowest and fastest, ns; its transition, ns. */
    public record Output(Double maxNs, Double minNs, Double slewNs) {
    }

    /** A combinational path from an input to an output, ns. */
    public record Comb(String from, String to, Double maxNs, Double minNs) {
    }

    public static Path committed(Path root, MacroConfig cfg) {
        return root.resolve(Layout.rtlDir(cfg)).resolve(COMMITTED);
    }

    public static MacroTiming read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the file's lines; a malformed line is an error naming the file and the line. */
    public static MacroTiming parse(String text, String source) {
        String sha = null;
        String library = null;
        Double period = null;
        Map<String, Input> inputs = new LinkedHashMap<>();
        Map<String, Output> outputs = new LinkedHashMap<>();
        List<Comb> combs = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String[] f = line.trim().split("\\s+");
            if (f.length == 0 || f[0].isEmpty() || f[0].startsWith("#")) {
                continue;
            }
            try {
                switch (f[0]) {
                    case "rtl_sha256" -> sha = f[1];
                    case "library" -> library = f[1];
                    case "clock" -> period = value(f[2], "period_ns");
                    case "input" -> inputs.put(f[1], new Input(value(f[2], "setup_ns"), value(f[3], "hold_ns"),
                            value(f[4], "cap_pf")));
                    case "output" -> outputs.put(f[1], new Output(value(f[2], "clk_to_q_max_ns"),
                            value(f[3], "clk_to_q_min_ns"), value(f[4], "slew_ns")));
                    case "comb" -> combs.add(new Comb(f[1], f[2], value(f[3], "max_ns"), value(f[4], "min_ns")));
                    default -> throw new IllegalArgumentException("unknown record " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + n + ": cannot read '" + line + "': " + e.getMessage(), e);
            }
        }
        if (sha == null || library == null || period == null) {
            throw new IllegalArgumentException(source + ": not a timing file of make timing (no rtl_sha256, library or clock line)");
        }
        return new MacroTiming(sha, library, period, inputs, outputs, combs);
    }

    /** key=value, "none" as null. */
    private static Double value(String field, String key) {
        if (!field.startsWith(key + "=")) {
            throw new IllegalArgumentException("expected " + key + "=, found " + field);
        }
        String v = field.substring(key.length() + 1);
        return v.equals("none") ? null : Double.valueOf(v);
    }

    /** The digest 'make timing' writes: SHA-256 of the RTL files concatenated in compile order. */
    public static String rtlDigest(MacroConfig cfg, List<OutputFile> files) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : RtlEmitter.fileNames(cfg)) {
                OutputFile f = byPath.get(Layout.rtlDir(cfg) + "/" + name);
                if (f == null) {
                    throw new IllegalStateException("no RTL file " + name + " among the outputs");
                }
                md.update(f.bytes());
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
