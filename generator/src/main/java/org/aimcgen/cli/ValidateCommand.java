package org.aimcgen.cli;

import java.util.concurrent.Callable;

import org.aimcgen.config.ConfigException;
import org.aimcgen.config.MacroConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a configuration and print it resolved (defaults and derived values filled in); "
                + "writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        MacroConfig cfg;
        try {
            cfg = configOptions.load();
        } catch (ConfigException e) {
            return Cli.reportBadInput(e);
        }
        System.out.println(configOptions.source() + ": valid");
        cfg.byKey().forEach((k, v) -> System.out.printf("  %-28s %s%n", k, v));
        System.out.printf("  derived: %d tiles of %d rows, %d capacitor groups of %d bits%n",
                cfg.tiles(), cfg.tileRows(), cfg.groups(), cfg.capGroup());
        return Main.EXIT_OK;
    }
}
