package org.aimcgen.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a task folder holds for {@code aimcgen task DIR}: task.json (the kind of work, a label for messages and
 * the arguments) and config.yaml, the point's resolved configuration in the input format.
 *
 * @param kind       which work: a name {@code aimcgen task} knows (see cli.TaskCommand)
 * @param label      the point's name in messages and folders, e.g. "p3" or "seed2"
 * @param configYaml the resolved configuration (emit.Manifest.resolvedYaml)
 * @param args       the work's options, by name, as text
 */
public record TaskSpec(String kind, String label, String configYaml, Map<String, String> args) {
    public static final String TASK_FILE = "task.json";
    public static final String CONFIG_FILE = "config.yaml";
    public static final String RESULT_FILE = "result.json";

    /** One mapper for task and result files: stable key order, so equal tasks give equal bytes. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public TaskSpec {
        args = java.util.Collections.unmodifiableMap(new TreeMap<>(args));
    }

    public String arg(String name) {
        String v = args.get(name);
        if (v == null) {
            throw new IllegalArgumentException("task " + label + " (" + kind + ") has no argument " + name);
        }
        return v;
    }

    /** Writes task.json and config.yaml into dir. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CONFIG_FILE), configYaml, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(TASK_FILE), JSON.writeValueAsString(new File(kind, label, args)) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The task a folder holds. */
    public static TaskSpec read(Path dir) throws IOException {
        File f = JSON.readValue(dir.resolve(TASK_FILE).toFile(), File.class);
        return new TaskSpec(f.kind(), f.label(), Files.readString(dir.resolve(CONFIG_FILE), StandardCharsets.UTF_8),
                f.args() == null ? Map.of() : f.args());
    }

    /** Writes a result atomically: a reader never sees half a file. */
    public static void writeResult(Path dir, Object result) throws IOException {
        Path tmp = dir.resolve(RESULT_FILE + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(result) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(RESULT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** task.json: the configuration lives in its own file, config.yaml. */
    private record File(String kind, String label, Map<String, String> args) {
    }
}
