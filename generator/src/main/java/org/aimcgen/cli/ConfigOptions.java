package org.aimcgen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aimcgen.config.ConfigLoader;
import org.aimcgen.config.MacroConfig;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The configuration arguments shared by every command: a YAML file and --set overrides. */
final class ConfigOptions {
    /** The preset used when no configuration file is named. */
    static final String DEFAULT_PRESET = "configs/aidac-1024x256.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
            description = "YAML configuration (default: the built-in " + DEFAULT_PRESET + ")")
    Path config;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "override one key, e.g. --set array.rows=512 (repeatable)")
    List<String> sets = new ArrayList<>();

    MacroConfig load() {
        return load(List.of());
    }

    /** The configuration with further overrides after the user's (sweeps: seeds, corners). */
    MacroConfig load(List<String> extra) {
        List<String> sets = new ArrayList<>(this.sets);
        sets.addAll(extra);
        if (config != null) {
            return ConfigLoader.load(config, sets);
        }
        return ConfigLoader.resource(DEFAULT_PRESET, sets);
    }

    String source() {
        return config == null ? DEFAULT_PRESET + " (built in)" : config.toString();
    }
}
