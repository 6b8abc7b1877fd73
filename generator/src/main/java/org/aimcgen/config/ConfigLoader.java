package org.aimcgen.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a nested YAML configuration plus {@code --set key=value} overrides into a
 * {@link MacroConfig}. Values are parsed from their text by the key's own kind, so a YAML
 * file and the command line accept exactly the same spellings. Every problem is collected
 * (with the file line where there is one) before a single {@link ConfigException}.
 */
public final class ConfigLoader {
    /**
     * Largest configuration file read. A preset is about 1 KB and a resolved configuration
     * as long; anything near this is another file named by mistake.
     */
    public static final int MAX_CONFIG_BYTES = 1 << 20;
    /**
     * Longest line read: SnakeYAML's time grows with the square of a line's length (a 1 MB
     * line takes seconds), and a real configuration's lines are short.
     */
    public static final int MAX_LINE_CHARS = 4096;
    /** The macro.name value that asks for the name derived from the geometry. */
    public static final String DERIVED_NAME = "derived";
    private static final String SET = "--set";

    private ConfigLoader() {
    }

    /** A raw value and where it came from, e.g. "configs/tiny.yaml:4" or "--set". */
    private record Raw(String text, String where) {
    }

    public static MacroConfig load(Path yaml, List<String> sets) {
        String text = yaml == null ? "" : readText(yaml);
        return parse(text, yaml == null ? "(defaults)" : yaml.toString(), sets);
    }

    /**
     * The file as UTF-8 text, refused with one message before parsing when it is missing, a
     * folder, larger than {@link #MAX_CONFIG_BYTES} (checked before reading: SnakeYAML's time
     * grows with the square of a long line) or not UTF-8.
     */
    static String readText(Path file) {
        String name = "configuration file " + file;
        if (Files.isDirectory(file)) {
            throw problem(name + " is a folder; name a YAML file");
        }
        if (!Files.exists(file)) {
            throw problem(name + " does not exist");
        }
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_CONFIG_BYTES) {
                throw problem(name + " is " + Files.size(file) + " bytes: " + tooLarge());
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw problem(name + " does not exist");
        } catch (AccessDeniedException e) {
            throw problem("cannot read " + name + ": permission denied");
        } catch (IOException e) {
            throw problem("cannot read " + name + ": " + e.getMessage());
        }
        if (bytes.length > MAX_CONFIG_BYTES) {
            // Not a regular file (a pipe, a device): only the bytes read tell its size.
            throw problem(name + " is more than " + MAX_CONFIG_BYTES + " bytes: " + tooLarge());
        }
        String text = decodeUtf8(bytes, name);
        checkLineLengths(text, name);
        return text;
    }

    private static void checkLineLengths(String text, String name) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw problem(String.format(Locale.ROOT, "line %d of %s is %d characters long: a configuration "
                            + "line is at most %d (a preset's longest is under 100); is it the right file?", line, name,
                            i - start, MAX_LINE_CHARS));
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static String tooLarge() {
        return "a configuration is at most " + MAX_CONFIG_BYTES + " bytes (a preset is about 1 KB); is it the right file?";
    }

    /** Strict UTF-8: the first byte that is not, by offset and line. */
    private static String decodeUtf8(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw problem(name + " is not UTF-8 text: it starts with a UTF-16 byte-order mark; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw problem(String.format(Locale.ROOT, "%s is not UTF-8 text: byte 0x%02x at offset %d (line %d) is not "
                    + "valid UTF-8; save it as UTF-8", name, bytes[offset] & 0xFF, offset, line));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static ConfigException problem(String message) {
        return new ConfigException(List.of(message));
    }

    /**
     * A preset that travels inside the jar (resource configs/NAME.yaml, or any resource path
     * given), plus the overrides.
     */
    public static MacroConfig resource(String resource, List<String> sets) {
        try (java.io.InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in preset " + resource + " missing from the jar");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource, sets);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The file's text plus the overrides. A --set that changes a key the derived name is made
     * of ({@link ConfigChecks#NAME_KEYS}) while the file names the macro is refused unless
     * --set also names it: the file's name would describe a macro it no longer is.
     */
    public static MacroConfig parse(String yamlText, String source, List<String> sets) {
        List<String> problems = new ArrayList<>();
        Map<Param, Raw> raw = new EnumMap<>(Param.class);
        readYaml(new StringReader(yamlText), source, raw, problems);
        Map<Param, Raw> fromFile = new EnumMap<>(raw);
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                problems.add("--set " + ConfigChecks.clip(set) + ": must be KEY=VALUE, e.g. --set array.rows=512");
                continue;
            }
            String key = set.substring(0, eq).trim();
            put(key, new Raw(set.substring(eq + 1).trim(), SET), raw, problems);
        }
        Map<Param, Object> typed = typed(raw, problems);
        nameConflict(source, fromFile, raw, typed, problems.isEmpty()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            // Report the values that did parse but are out of range too, in one round.
            problems.addAll(ConfigChecks.rangeProblems(typed));
            throw new ConfigException(problems);
        }
        return MacroConfig.of(typed);
    }

    /** Each raw value parsed by its key's kind; "derived" for macro.name leaves the name to be derived. */
    private static Map<Param, Object> typed(Map<Param, Raw> raw, List<String> problems) {
        Map<Param, Object> typed = new EnumMap<>(Param.class);
        raw.forEach((p, r) -> {
            if (p == Param.MACRO_NAME && r.text().trim().equals(DERIVED_NAME)) {
                return;
            }
            Object v = parseValue(p, r.text());
            if (v == null) {
                problems.add(r.where() + ": " + p.key() + " = " + ConfigChecks.clip(r.text()) + " must be " + p.allowed());
            } else {
                typed.put(p, v);
            }
        });
        return typed;
    }

    /**
     * The refusal of a --set that changes the geometry the file's macro.name was given for:
     * the name is the module prefix a parent design instantiates and the name of the output
     * folders, so neither a silent rename nor a name that misdescribes the macro will do.
     */
    private static Optional<String> nameConflict(String source, Map<Param, Raw> fromFile, Map<Param, Raw> raw,
            Map<Param, Object> typed, boolean suggestName) {
        Raw name = raw.get(Param.MACRO_NAME);
        if (name == null || name.where().equals(SET) || name.text().trim().equals(DERIVED_NAME)) {
            return Optional.empty();
        }
        Map<Param, Object> fileTyped = typed(fromFile, new ArrayList<>());
        Map<Param, Object> before = ConfigChecks.geometry(fileTyped);
        Map<Param, Object> after = ConfigChecks.geometry(typed);
        List<String> changes = new ArrayList<>();
        for (Param p : ConfigChecks.NAME_KEYS) {
            Raw r = raw.get(p);
            if (r != null && r.where().equals(SET) && typed.containsKey(p)
                    && !Objects.equals(before.get(p), after.get(p))) {
                changes.add("--set " + p.key() + "=" + ConfigChecks.clip(r.text()));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String derived = suggestName ? ConfigChecks.derivedName(after) : "the name derived from the geometry";
        return Optional.of(String.join(" ", changes) + (changes.size() == 1 ? " changes" : " change")
                + " the geometry of " + source + ", whose " + Param.MACRO_NAME.key() + " is " + ConfigChecks.clip(name.text().trim())
                + ": add --set " + Param.MACRO_NAME.key() + "=NAME, or --set " + Param.MACRO_NAME.key() + "="
                + DERIVED_NAME + " for " + derived);
    }

    /**
     * SnakeYAML's limits: text no longer than a configuration file may be (it is only
     * composed into nodes, never constructed into objects, and only two levels are read, so
     * the default nesting-depth and alias limits already bound the work).
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_CONFIG_BYTES);
        return o;
    }

    private static void readYaml(Reader reader, String source, Map<Param, Raw> raw, List<String> problems) {
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            problems.add(source + ":" + (e.getProblemMark().getLine() + 1) + ": malformed YAML: " + e.getProblem());
            return;
        } catch (YAMLException e) {
            problems.add(source + ": malformed YAML: " + e.getMessage());
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(where(source, root) + ": the configuration must be a mapping of sections "
                    + "(macro, array, precision, adc, timing, technology, nonideal)");
            return;
        }
        for (NodeTuple section : top.getValue()) {
            String sectionName = scalar(section.getKeyNode());
            if (!(section.getValueNode() instanceof MappingNode keys)) {
                problems.add(where(source, section.getKeyNode()) + ": section " + ConfigChecks.clip(sectionName)
                        + " must hold key: value lines");
                continue;
            }
            for (NodeTuple entry : keys.getValue()) {
                String key = sectionName + "." + scalar(entry.getKeyNode());
                Node valueNode = entry.getValueNode();
                String at = where(source, entry.getKeyNode());
                if (!(valueNode instanceof ScalarNode s)) {
                    problems.add(at + ": " + ConfigChecks.clip(key) + " must be a single value");
                    continue;
                }
                put(key, new Raw(s.getValue(), at), raw, problems);
            }
        }
    }

    private static void put(String key, Raw value, Map<Param, Raw> raw, List<String> problems) {
        var param = Param.byKey(key);
        if (param.isEmpty()) {
            String hint = Param.closest(key).map(k -> " (did you mean " + k + "?)").orElse("");
            problems.add(value.where() + ": unknown key " + ConfigChecks.clip(key) + hint + "; run 'aimcgen generate --help' for the list");
            return;
        }
        Raw previous = raw.get(param.get());
        if (previous != null && !value.where().equals(SET) && !previous.where().equals(SET)) {
            problems.add(value.where() + ": " + key + " is given twice (first at " + previous.where() + ")");
            return;
        }
        raw.put(param.get(), value);
    }

    /**
     * Parses text by the key's kind; null when the text is not of that kind. Public for
     * the sweep, which refuses a --vary value of the wrong kind before any point runs.
     */
    public static Object parseValue(Param p, String text) {
        String t = text.trim();
        try {
            return switch (p.kind()) {
                case INT -> {
                    long l = Long.parseLong(t);
                    yield l < Integer.MIN_VALUE || l > Integer.MAX_VALUE ? null : (Object) (int) l;
                }
                case REAL -> {
                    double d = Double.parseDouble(t);
                    yield Double.isFinite(d) && !t.endsWith("d") && !t.endsWith("f") ? (Object) d : null;
                }
                case BOOL -> switch (t.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> null;
                };
                case CHOICE, NAME -> t.isEmpty() ? null : t;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : String.valueOf(n);
    }

    private static String where(String source, Node n) {
        return source + ":" + (n.getStartMark().getLine() + 1);
    }
}
