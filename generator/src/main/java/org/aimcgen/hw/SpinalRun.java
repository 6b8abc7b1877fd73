package org.aimcgen.hw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import spinal.core.Component;
import spinal.core.SpinalConfig;
import spinal.core.SpinalConfig$;

/**
 * Runs SpinalHDL's Verilog back end on one top component and returns the emitted text.
 * SpinalHDL writes files, so it writes into a private temporary folder that is read back
 * and deleted: the caller decides where (and whether) anything lands on disk.
 */
public final class SpinalRun {
    private SpinalRun() {
    }

    /** Verilog emitted for one top component: file name to text. */
    public record Result(Map<String, String> files, String log) {
    }

    /** Raised when SpinalHDL rejects a design; carries SpinalHDL's own report. */
    public static final class ElaborationException extends RuntimeException {
        public ElaborationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static synchronized Result verilog(Supplier<? extends Component> top) {
        Path dir;
        try {
            dir = Files.createTempDirectory("aimcgen-spinal");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            // SpinalHDL reports progress with Scala's println, wall-clock times included;
            // keep it out of the user's console and out of anything emitted. Scala's
            // Console.out is per thread (System.setOut would be global, and the generator
            // runs other work on other threads meanwhile).
            SpinalConfig config = config(dir);
            scala.Console$.MODULE$.withOut(capture, new scala.runtime.AbstractFunction0<Object>() {
                @Override
                public Object apply() {
                    config.generateVerilog(top::get);
                    return scala.runtime.BoxedUnit.UNIT;
                }
            });
        } catch (RuntimeException | Error e) {
            throw new ElaborationException(
                    "SpinalHDL elaboration failed: " + e + "\n" + log.toString(StandardCharsets.UTF_8), e);
        }
        try {
            Map<String, String> files = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.sorted().toList()) {
                    String name = p.getFileName().toString();
                    String text = Files.readString(p);
                    // SpinalHDL writes an enum-definition file even when no enum needs one.
                    if (name.endsWith(".v") && text.contains("module ")) {
                        files.put(name, text);
                    }
                }
            }
            deleteTree(dir);
            return new Result(files, log.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * SpinalConfig is a Scala case class of some sixty fields with defaults: build the
     * default instance, then override by field name, so this survives field reordering.
     */
    private static SpinalConfig config(Path targetDirectory) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("targetDirectory", targetDirectory.toString());
        // The repository hash would make every commit change the golden files.
        overrides.put("headerWithRepoHash", Boolean.FALSE);
        overrides.put("headerWithDate", Boolean.FALSE);
        // State names stay as localparams; the simulation-only state strings would be
        // unused signals to a -Wall lint.
        overrides.put("_withEnumString", Boolean.FALSE);
        overrides.put("oneFilePerComponent", Boolean.TRUE);
        // Channel buses of a wide macro exceed SpinalHDL's default 4096-bit guard; the
        // blocks themselves are loops of narrow signals.
        overrides.put("bitVectorWidthMax", 1 << 20);
        return withFields(defaultConfig(), overrides);
    }

    private static SpinalConfig defaultConfig() {
        try {
            Constructor<?> ctor = longestConstructor(SpinalConfig.class);
            int n = ctor.getParameterCount();
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) {
                Method def = SpinalConfig$.class.getMethod("$lessinit$greater$default$" + (i + 1));
                args[i] = def.invoke(SpinalConfig$.MODULE$);
            }
            return (SpinalConfig) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build SpinalHDL's default configuration", e);
        }
    }

    private static SpinalConfig withFields(SpinalConfig base, Map<String, Object> overrides) {
        try {
            Constructor<?> ctor = longestConstructor(SpinalConfig.class);
            int n = ctor.getParameterCount();
            Object[] args = new Object[n];
            List<String> names = new ArrayList<>();
            scala.collection.Iterator<String> it = base.productElementNames();
            while (it.hasNext()) {
                names.add(it.next());
            }
            for (int i = 0; i < n; i++) {
                args[i] = overrides.containsKey(names.get(i)) ? overrides.get(names.get(i)) : base.productElement(i);
            }
            for (String key : overrides.keySet()) {
                if (!names.contains(key)) {
                    throw new IllegalStateException("SpinalConfig has no field " + key);
                }
            }
            return (SpinalConfig) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot configure SpinalHDL", e);
        }
    }

    private static Constructor<?> longestConstructor(Class<?> cls) {
        return java.util.Arrays.stream(cls.getConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
