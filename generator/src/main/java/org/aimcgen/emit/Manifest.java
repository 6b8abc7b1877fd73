package org.aimcgen.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimcgen.Version;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.config.Param;

/**
 * The replication record of a macro (OpenRAM keeps the same): MANIFEST.json lists every
 * emitted file with its sha256, the resolved configuration and the generator version, and
 * NAME.yaml is the resolved configuration in the input format. No timestamps, so the same
 * configuration gives the same bytes.
 */
public final class Manifest {
    private Manifest() {
    }

    public static List<OutputFile> emit(MacroConfig cfg, List<OutputFile> files) {
        List<OutputFile> out = new ArrayList<>();
        OutputFile yaml = new OutputFile(Layout.rtlDir(cfg) + "/" + cfg.name() + ".yaml", resolvedYaml(cfg));
        List<OutputFile> all = new ArrayList<>(files);
        all.add(yaml);
        all.sort(Comparator.comparing(OutputFile::path));
        out.add(yaml);
        out.add(new OutputFile(Layout.rtlDir(cfg) + "/MANIFEST.json", json(cfg, all)));
        return out;
    }

    /** The resolved configuration, every key explicit: 'aimcgen generate' on it rebuilds the macro. */
    public static String resolvedYaml(MacroConfig cfg) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Resolved configuration of macro ").append(cfg.name())
                .append(", written by aimcgen ").append(Version.get()).append(".\n")
                .append("# 'scripts/aimcgen generate <this file>' regenerates the macro.\n");
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        cfg.values().forEach((p, v) -> {
            String[] parts = p.key().split("\\.", 2);
            sections.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[1], v);
        });
        sections.forEach((section, keys) -> {
            sb.append(section).append(":\n");
            keys.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(yamlValue(v)).append('\n'));
        });
        return sb.toString();
    }

    private static String yamlValue(Object v) {
        if (v instanceof Double d) {
            return Fmt.INSTANCE.real(d);
        }
        return String.valueOf(v);
    }

    static String json(MacroConfig cfg, List<OutputFile> files) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"generator\": \"aimcgen\",\n");
        sb.append("  \"version\": ").append(str(Version.get())).append(",\n");
        sb.append("  \"macro\": ").append(str(cfg.name())).append(",\n");
        sb.append("  \"configuration\": {\n");
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Param, Object> e : cfg.values().entrySet()) {
            Object v = e.getValue();
            String value = v instanceof String s ? str(s) : v instanceof Double d ? Fmt.INSTANCE.real(d) : String.valueOf(v);
            lines.add("    " + str(e.getKey().key()) + ": " + value);
        }
        sb.append(String.join(",\n", lines)).append("\n  },\n");
        sb.append("  \"files\": [\n");
        lines.clear();
        for (OutputFile f : files) {
            lines.add("    {\"path\": " + str(f.path()) + ", \"bytes\": " + f.bytes().length
                    + ", \"sha256\": " + str(f.sha256()) + "}");
        }
        sb.append(String.join(",\n", lines)).append("\n  ]\n}\n");
        return sb.toString();
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
