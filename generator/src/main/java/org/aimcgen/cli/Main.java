package org.aimcgen.cli;

import org.aimcgen.Version;
import org.aimcgen.config.ParamTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code aimcgen <command>}. Exit codes: 0 done, 2 bad input, 1 internal failure. */
@Command(name = "aimcgen", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Generates a charge-domain analog in-memory-computing SRAM macro: control RTL, "
                + "Verilog-AMS models, test benches and constraints, from one configuration.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, SimulateCommand.class, ReportCommand.class,
                SweepCommand.class, TaskCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Run 'aimcgen <command> --help' for a command's options."})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setUsageHelpWidth(120);
        // Picocli footers are format strings: escape the % of units.
        String footer = String.join("%n", ParamTable.textLines().stream().map(l -> l.replace("%", "%%")).toList());
        for (String sub : new String[] {"generate", "validate", "simulate", "report", "sweep"}) {
            cmd.getSubcommands().get(sub).getCommandSpec().usageMessage().footer("", footer);
        }
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("aimcgen: error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return EXIT_BAD_INPUT;
        });
        return cmd.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Picocli's --version. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aimcgen " + Version.get() + " (SpinalHDL 1.14.2, Java " + Runtime.version() + ")"};
        }
    }
}
