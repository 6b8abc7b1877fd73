package org.aimcgen.model.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;

/** The control-cell model against the yosys counts committed with every preset. */
class ControlLogicTest {
    private static final Pattern TOTAL = Pattern.compile("=== design hierarchy ===.*?Number of cells:\\s+(\\d+)",
            Pattern.DOTALL);

    @Test
    void modelIsWithinFifteenPercentOfEveryPresetsSynthesis() throws Exception {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(Path.of("rtl-out"))) {
            dirs = s.filter(d -> Files.exists(d.resolve("synth/cells.txt"))).sorted().toList();
        }
        assertFalse(dirs.isEmpty(), "no rtl-out/*/synth/cells.txt");
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            MacroConfig cfg = ConfigLoader.load(dir.resolve(name + ".yaml"), List.of());
            Matcher m = TOTAL.matcher(Files.readString(dir.resolve("synth/cells.txt")));
            assertTrue(m.find(), name + ": no design total in cells.txt");
            double synthesized = Double.parseDouble(m.group(1));
            double model = ControlLogic.cells(cfg);
            assertEquals(synthesized, model, 0.15 * synthesized,
                    name + ": model " + model + " cells, yosys " + synthesized);
        }
    }
}
