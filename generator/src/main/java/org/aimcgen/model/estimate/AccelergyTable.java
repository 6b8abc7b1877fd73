package org.aimcgen.model.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * accelergy.yaml: the macro as one component of an architecture model, in the layout of
 * Accelergy's energy reference table (ERT: energy per action, pJ) and area reference table
 * (ART: area, um2), so that Timeloop and CiMLoop users can drop it into their system models.
 * Actions: a whole VMM, writing one weight-port word, and an idle control cycle (leakage).
 * The numbers are the datasheet's.
 */
public final class AccelergyTable {
    /** The table format version Accelergy 0.4 reads and writes. */
    public static final String VERSION = "0.4";

    private AccelergyTable() {
    }

    /** The component's name in the tables: the macro's. */
    public static String componentName(Datasheet d) {
        return d.config().name();
    }

    public static String yaml(Datasheet d) {
        Estimate e = d.estimate();
        List<Map<String, Object>> actions = new ArrayList<>();
        actions.add(action("vmm", e.energyPjPerVmm()));
        actions.add(action("weight_write", e.weightWritePj()));
        actions.add(action("idle", e.idlePjPerCycle()));
        Map<String, Object> ertTable = new LinkedHashMap<>();
        ertTable.put("name", componentName(d));
        ertTable.put("actions", actions);
        Map<String, Object> ert = new LinkedHashMap<>();
        ert.put("version", VERSION);
        ert.put("tables", List.of(ertTable));
        Map<String, Object> artTable = new LinkedHashMap<>();
        artTable.put("name", componentName(d));
        artTable.put("area", e.areaMm2() * 1e6);
        Map<String, Object> art = new LinkedHashMap<>();
        art.put("version", VERSION);
        art.put("tables", List.of(artTable));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ERT", ert);
        root.put("ART", art);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        return "# " + componentName(d) + ": energy per action in pJ (ERT), area in um^2 (ART), from aimcgen's"
                + " datasheet\n# (" + d.workload() + "; weight_write = one weight-port word; idle = one"
                + " control cycle)\n" + new Yaml(o).dump(root);
    }

    private static Map<String, Object> action(String name, double pj) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("arguments", null);
        a.put("energy", pj);
        return a;
    }
}
