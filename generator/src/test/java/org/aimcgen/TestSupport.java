package org.aimcgen;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;

/** Shared test helpers: the repository, presets, and running external tools. */
public final class TestSupport {
    private TestSupport() {
    }

    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        assertNotNull(p, "repository root not found");
        return p;
    }

    public static MacroConfig preset(String file) {
        return ConfigLoader.load(repoRoot().resolve("configs").resolve(file), List.of());
    }

    public static List<String> presetFiles() throws IOException {
        try (var s = Files.list(repoRoot().resolve("configs"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    /** A fresh folder under target/, kept after the run so logs and waveforms can be read. */
    public static Path workDir(String name) throws IOException {
        Path dir = repoRoot().resolve("target/test-work").resolve(name);
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * A Python tool of scripts/install-tools (build/venv/bin/NAME): a missing one is a
     * failure, with the command that installs it.
     */
    public static String venvTool(String name) {
        Path tool = repoRoot().resolve("build/venv/bin").resolve(name);
        if (!Files.isExecutable(tool)) {
            throw new AssertionError(tool + " is missing: run scripts/install-tools");
        }
        return tool.toString();
    }

    public record Run(int exit, String output) {
    }

    /** Runs a command; a missing tool is a failure here, never a skip. */
    public static Run run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Path log = Files.createTempFile("aimcgen-run", ".log");
        pb.redirectOutput(log.toFile());
        Process proc = pb.start();
        if (!proc.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(proc.exitValue(), out);
    }

    /** The numbers of summary lines such as "sequencer: vmms=12 mismatches=0" (prefix, then keys[0]=). */
    public static List<double[]> summaries(String output, String prefix, String... keys) {
        List<double[]> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.startsWith(prefix + ": " + keys[0] + "=")) {
                continue;
            }
            double[] v = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                Matcher m = Pattern.compile("\\b" + keys[i] + "=([-+0-9.eE]+)").matcher(line);
                if (!m.find()) {
                    throw new AssertionError("no " + keys[i] + " in: " + line);
                }
                v[i] = Double.parseDouble(m.group(1));
            }
            out.add(v);
        }
        return out;
    }

    /** What the command line printed and returned, run in this JVM. */
    public record CliResult(int exit, String out, String err) {
    }

    /**
     * The CLI in a JVM of its own, with environment changes (PATH, SLURM_CONF), which this process cannot make to
     * itself; a null value removes the variable.
     */
    public static CliResult cliProcess(java.util.Map<String, String> env, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.aimcgen.cli.Main"));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path err = Files.createTempFile("aimcgen-cli", ".err");
        try {
            pb.redirectError(err.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            return new CliResult(code, out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** One at a time: System.out and System.err are process-wide, and tests run concurrently. */
    public static synchronized CliResult cli(String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
            int code = org.aimcgen.cli.Main.run(args);
            return new CliResult(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
