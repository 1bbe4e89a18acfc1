package org.regkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code regkg} command line: build, query, export. */
@Command(name = "regkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds and queries a knowledge graph of machine-learning research on regularization.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 failure, 2 bad input or usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl.execute(args);
    }
}
