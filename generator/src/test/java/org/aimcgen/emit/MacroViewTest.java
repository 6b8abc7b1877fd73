package org.aimcgen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.aimcgen.model.VmmRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name lists the views and the core are built from against the files the emitters really write. */
class MacroViewTest {
    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "picoram-4b.yaml"})
    void electricalListIsEveryElectricalFile(String preset) {
        MacroConfig cfg = TestSupport.preset(preset);
        TreeSet<String> emitted = new TreeSet<>();
        for (OutputFile f : new AmsEmitter(new Templates()).emit(MacroContext.of(cfg))) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (name.endsWith(".vams") && !name.endsWith("_wreal.vams")) {
                emitted.add(name);
            }
        }
        assertEquals(emitted, new TreeSet<>(ElectricalEmitter.fileNames(cfg)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void vmmRunNamesAreItsFiles(int vmms) {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        List<String> written = List.copyOf(VmmRun.create(cfg, vmms, VmmRun.DEFAULT_STIMULUS_SEED).files().keySet());
        assertEquals(written, VmmRun.fileNames(vmms));
    }
}
