package org.regkg.spark;

import java.io.PrintStream;
import org.regkg.ingest.InputException;
import picocli.CommandLine;

/** Runs a picocli job command: bad input is one line naming file and line, exit status 2. */
final class JobRunner {
    static final int BAD_INPUT = 2;

    private JobRunner() {
    }

    static int run(Object command, String[] args, PrintStream err) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            InputException bad = badInput(e);
            if (bad == null) {
                throw e;
            }
            err.println("regkg: error: " + bad.getMessage());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    private static InputException badInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException ie) {
                return ie;
            }
        }
        return null;
    }
}
