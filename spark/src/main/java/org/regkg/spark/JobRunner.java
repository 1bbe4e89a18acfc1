package org.regkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.regkg.ingest.InputException;
import picocli.CommandLine;

/**
 * What the spark/ module's corpus jobs share: running a picocli job command (bad input is one
 * line naming file and line, exit status 2), Spark's local-mode settings, and writing a gzipped
 * key-value table in one move.
 */
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

    /** Local mode on two threads, no UI, bound to localhost (each setting unless given already). */
    static SparkConf localConf(String appName) {
        return new SparkConf().setAppName(appName).setIfMissing("spark.master", "local[2]")
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.driver.host", "127.0.0.1")
                .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }

    /**
     * Writes one {@code key<TAB>value} line per entry, in the map's order, gzipped, to a temporary
     * file next to {@code out} that then replaces it: a failed job leaves no partial file.
     */
    static void writeTable(Path out, Map<String, ?> table, String valuePrefix) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp));
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, ?> e : table.entrySet()) {
                w.write(e.getKey() + "\t" + valuePrefix + e.getValue() + "\n");
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
