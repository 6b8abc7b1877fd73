package org.aimcgen.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Slurm client commands the executor runs, and what it reads from them: sbatch --parsable, squeue's task
 * states, sacct's where the site keeps accounting, scancel, and scontrol ping to find the controller. Each runs
 * with a time limit, so a hung controller is an error, not a hang.
 */
public final class SlurmCommands {
    static final long TIMEOUT_S = 60;

    /** States in which a task will not run again. */
    static final List<String> FINAL_STATES = List.of("COMPLETED", "FAILED", "TIMEOUT", "CANCELLED", "OUT_OF_MEMORY",
            "NODE_FAIL", "BOOT_FAIL", "PREEMPTED", "DEADLINE", "SPECIAL_EXIT", "REVOKED");

    /** A command's exit code and its output (stdout and stderr together). */
    public record Output(int exit, String text) {
        boolean ok() {
            return exit == 0;
        }
    }

    private SlurmCommands() {
    }

    public static Output run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Output(-1, String.join(" ", command) + " did not finish in " + TIMEOUT_S + " s");
            }
            return new Output(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    /**
     * Why the controller cannot take a job, or empty when it answers: {@code scontrol ping} says UP. Run before
     * anything is written or submitted.
     */
    public static Optional<String> controllerProblem() {
        Output o;
        try {
            o = run(List.of("scontrol", "ping"));
        } catch (IOException e) {
            return Optional.of("scontrol could not be run (" + e.getMessage() + ")");
        }
        if (o.ok() && o.text().contains("is UP")) {
            return Optional.empty();
        }
        String first = o.text().lines().filter(l -> !l.isBlank() && !l.startsWith("*")).findFirst()
                .orElse("no answer");
        return Optional.of("no Slurm controller is answering (scontrol ping: " + first + ")");
    }

    /** sbatch --parsable SCRIPT: the job id, or an IOException with sbatch's message. */
    static String submit(Path script) throws IOException {
        Output o = run(List.of("sbatch", "--parsable", script.toString()));
        if (!o.ok() || !o.text().lines().reduce((a, b) -> b).orElse("").matches("\\d+(;\\S+)?")) {
            throw new IOException("sbatch refused the job (exit " + o.exit() + "): " + o.text());
        }
        // --parsable prints "id" or "id;cluster".
        String last = o.text().lines().reduce((a, b) -> b).orElseThrow();
        return last.split(";", 2)[0];
    }

    /**
     * The state of each task of an array job that squeue still lists, by array index; empty when it lists none
     * (finished long ago, or purged). An IOException when squeue itself fails.
     */
    static Map<Integer, String> taskStates(String jobId) throws IOException {
        Output o = run(List.of("squeue", "--noheader", "--array", "--states=all", "--jobs=" + jobId,
                "--format=%K|%T"));
        if (!o.ok()) {
            if (o.text().contains("Invalid job id")) {
                return Map.of();
            }
            throw new IOException("squeue failed (exit " + o.exit() + "): " + o.text());
        }
        return parseStates(o.text());
    }

    /** squeue's "%K|%T" lines; a pending range like "4-7" or "4-7%2" stands for every task in it. */
    static Map<Integer, String> parseStates(String text) {
        Map<Integer, String> states = new LinkedHashMap<>();
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] f = line.split("\\|", 2);
            if (f.length < 2) {
                continue;
            }
            String state = f[1].strip().toUpperCase(Locale.ROOT);
            for (String part : f[0].replaceAll("[\\[\\]]", "").split("%")[0].split(",")) {
                if (part.matches("\\d+")) {
                    states.put(Integer.parseInt(part), state);
                } else if (part.matches("\\d+-\\d+")) {
                    String[] r = part.split("-");
                    for (int i = Integer.parseInt(r[0]); i <= Integer.parseInt(r[1]); i++) {
                        states.put(i, state);
                    }
                }
            }
        }
        return states;
    }

    /** The final state of each task from sacct, where the site keeps accounting; empty where it does not. */
    static Map<Integer, String> accountedStates(String jobId) {
        Output o;
        try {
            o = run(List.of("sacct", "--noheader", "--parsable2", "--allocations", "--jobs=" + jobId,
                    "--format=JobID,State"));
        } catch (IOException e) {
            return Map.of();
        }
        if (!o.ok()) {
            return Map.of();
        }
        Map<Integer, String> states = new LinkedHashMap<>();
        for (String line : o.text().lines().toList()) {
            String[] f = line.split("\\|", 2);
            if (f.length == 2 && f[0].matches(jobId + "_\\d+")) {
                // "CANCELLED by 0" -> CANCELLED
                states.put(Integer.parseInt(f[0].substring(jobId.length() + 1)), f[1].split(" ")[0]);
            }
        }
        return states;
    }

    /** scancel JOB: every task of the array, pending or running. */
    static Output cancel(String jobId) throws IOException {
        return run(List.of("scancel", jobId));
    }

    static boolean isFinal(String state) {
        return FINAL_STATES.contains(state);
    }

    /** The indices as sbatch --array wants them: "0-3" or "1,4,7". */
    static String arraySpec(List<Integer> indices) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < indices.size()) {
            int j = i;
            while (j + 1 < indices.size() && indices.get(j + 1) == indices.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(indices.get(i)) : indices.get(i) + "-" + indices.get(j));
            i = j + 1;
        }
        return String.join(",", parts);
    }
}
