package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed outputs of every preset must be exactly what the generator makes now.
 * When this fails after a deliberate change, run scripts/update-golden and review the diff.
 */
class GoldenTest {
    static List<String> presets() throws Exception {
        return TestSupport.presetFiles();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void committedOutputsMatchTheGenerator(String preset) throws Exception {
        MacroConfig cfg = TestSupport.preset(preset);
        Path root = TestSupport.repoRoot();
        // The committed pin timing (scripts/update-golden) renders the macro's Liberty, as generate does.
        Path timingFile = MacroTiming.committed(root, cfg);
        MacroTiming timing = Files.isRegularFile(timingFile) ? MacroTiming.read(timingFile) : null;
        List<OutputFile> files = new Generator().generate(cfg, timing, line -> { });
        List<String> drifted = new ArrayList<>();
        for (OutputFile f : files) {
            Path p = root.resolve(f.path());
            if (!Files.exists(p)) {
                drifted.add("missing: " + f.path());
            } else if (!Files.readString(p).equals(f.text())) {
                drifted.add("differs: " + f.path());
            }
        }
        Set<String> expected = new TreeSet<>(files.stream().map(OutputFile::path).toList());
        for (String owned : Layout.owned(cfg)) {
            Path p = root.resolve(owned);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).map(q -> root.relativize(q).toString().replace('\\', '/'))
                            .filter(rel -> OutputWriter.KEPT.stream().noneMatch(k -> rel.contains("/" + k + "/")))
                            .filter(rel -> !expected.contains(rel))
                            .forEach(rel -> drifted.add("not generated any more: " + rel));
                }
            }
        }
        assertTrue(drifted.isEmpty(), preset + " outputs drifted from the generator "
                + "(run scripts/update-golden if intended):\n" + String.join("\n", drifted));
        assertEquals(expected.size(), files.size(), "duplicate output paths");
        assertTrue(timing != null, preset + " has no committed timing (run scripts/update-golden)");
    }
}
