package org.aimcgen.model.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** accelergy.yaml, read back as a YAML document: the datasheet's numbers in Accelergy's tables. */
class AccelergyTableTest {
    @Test
    @SuppressWarnings("unchecked")
    void tablesCarryTheDatasheetsEnergyAndArea() {
        Datasheet d = Datasheet.of(Calibration.preset("tiny", List.of()), new Datasheet.Options(1, 2, false, 3));
        Map<String, Object> doc = new Yaml().load(AccelergyTable.yaml(d));
        Map<String, Object> ert = (Map<String, Object>) doc.get("ERT");
        assertEquals("0.4", String.valueOf(ert.get("version")));
        Map<String, Object> table = ((List<Map<String, Object>>) ert.get("tables")).get(0);
        assertEquals(d.config().name(), table.get("name"));
        Map<String, Double> energy = new java.util.HashMap<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) table.get("actions")) {
            energy.put((String) a.get("name"), ((Number) a.get("energy")).doubleValue());
        }
        assertEquals(d.estimate().energyPjPerVmm(), energy.get("vmm"), 1e-9);
        assertEquals(d.estimate().weightWritePj(), energy.get("weight_write"), 1e-12);
        assertEquals(d.estimate().idlePjPerCycle(), energy.get("idle"), 1e-15);
        Map<String, Object> art = ((List<Map<String, Object>>) ((Map<String, Object>) doc.get("ART")).get("tables"))
                .get(0);
        assertEquals(d.estimate().areaMm2() * 1e6, ((Number) art.get("area")).doubleValue(), 1e-6);
    }
}
