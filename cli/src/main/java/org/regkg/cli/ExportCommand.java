package org.regkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.regkg.export.JsonlExporter;
import org.regkg.export.RdfExporter;
import org.regkg.store.StoreLib;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg export}: the store as JSON Lines (one paper a line) or as an RDF dump. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as JSON Lines (one paper per line, see shared/eval/FORMAT.md)",
                "or dumps it as Turtle, N-Quads, TriG or JSON-LD."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    /** Export formats. */
    enum Format { jsonl, ttl, nq, trig, jsonld }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    StoreOption store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "jsonl only: leave out facts whose confidence is below C (0..1; default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Override
    public Integer call() throws IOException {
        Dataset ds = StoreLib.open(store.layout());
        try (OutputStream out = output == null ? nonClosing(main.out())
                : new BufferedOutputStream(Files.newOutputStream(output))) {
            if (format == Format.jsonl) {
                new JsonlExporter(ds, minConfidence).write(out);
            } else {
                new RdfExporter(ds).write(out, RdfExporter.Format.parse(format.name()));
            }
        } finally {
            ds.close();
        }
        return 0;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new BufferedOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
