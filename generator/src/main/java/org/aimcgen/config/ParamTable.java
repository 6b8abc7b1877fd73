package org.aimcgen.config;

import java.util.ArrayList;
import java.util.List;

/** The parameter reference, as plain text (CLI help) and as Markdown (README). */
public final class ParamTable {
    private ParamTable() {
    }

    public static String defaultText(Param p) {
        return p.defaultValue().map(v -> v instanceof Double d ? Param.fmt(d) : String.valueOf(v)).orElse("derived");
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| key | default | allowed | unit | meaning |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Param p : Param.values()) {
            sb.append("| `").append(p.key()).append("` | ").append(defaultText(p)).append(" | ")
                    .append(p.allowed()).append(" | ").append(p.unit()).append(" | ")
                    .append(p.description()).append(" |\n");
        }
        return sb.toString();
    }

    public static List<String> textLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Configuration keys (YAML sections, or --set section.key=value):");
        for (Param p : Param.values()) {
            String unit = p.unit().isEmpty() ? "" : " [" + p.unit() + "]";
            lines.add(String.format("  %-28s default %-8s %s%s", p.key(), defaultText(p), p.description(), unit));
            lines.add(String.format("  %-28s allowed: %s", "", p.allowed()));
        }
        return lines;
    }
}
