package org.aimcgen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The golden models are an independent reference: no class of model/ refers to the design
 * it checks (rtl/, hw/, SpinalHDL). Facts both need live below both, in config/ or ports/.
 */
class IndependenceTest {
    @Test
    void theModelsDoNotReferToTheDesign() throws Exception {
        Path dir = TestSupport.repoRoot().resolve("generator/src/main/java/org/aimcgen/model");
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 5, "the model sources were found: " + sources);
        for (Path source : sources) {
            String text = Files.readString(source);
            for (String design : List.of("org.aimcgen.rtl", "org.aimcgen.hw", "spinal.")) {
                assertTrue(!text.contains(design), source.getFileName() + " refers to " + design);
            }
        }
    }
}
