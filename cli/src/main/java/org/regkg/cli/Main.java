package org.regkg.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.regkg.ingest.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code regkg} command line: build, query, export. */
@Command(name = "regkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds and queries a knowledge graph of machine-learning research on regularization.",
        subcommands = {BuildCommand.class, AddCommand.class, RemoveCommand.class, LoadCommand.class, QueryCommand.class, ExportCommand.class, EvalCommand.class, TrainCommand.class, ValidateCommand.class, ServeCommand.class, UpCommand.class, HarvestCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    private final OutputStream out;
    private final PrintStream err;

    private Main(OutputStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs the command line with its data going to {@code out} and messages to {@code err};
     * returns the exit status (0 ok, 1 failure, 2 bad input or usage).
     */
    public static int run(OutputStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new Main(out, err));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(InputFormat.class, s -> InputFormat.byName(s).orElseThrow(
                () -> new CommandLine.TypeConversionException("unknown format '" + s + "'; expected one of "
                        + java.util.Arrays.toString(InputFormat.values()))));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl.execute(args);
    }

    /** Where commands write their data (query results, exports). */
    OutputStream out() {
        return out;
    }

    /** Where commands write progress, warnings and errors. */
    PrintStream err() {
        return err;
    }
}
