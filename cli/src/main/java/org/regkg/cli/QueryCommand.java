package org.regkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.regkg.ingest.InputException;
import org.regkg.store.StoreLib;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code regkg query}: runs SPARQL against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store.",
                "SELECT and ASK print a table (or CSV, TSV, SPARQL JSON); CONSTRUCT and DESCRIBE print Turtle."})
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    /** Where the query text comes from: a file or the command line. */
    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;
    }

    /** Result formats for SELECT and ASK. */
    enum Format { table, csv, tsv, json }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format for SELECT/ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        Query query = QueryFactory.create(queryText(), Syntax.syntaxARQ);
        Dataset ds = StoreLib.open(store.layout());
        OutputStream out = main.out();
        try {
            run(ds, query, out);
        } finally {
            ds.close();
        }
        out.flush();
        return 0;
    }

    private void run(Dataset ds, Query query, OutputStream out) {
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                if (query.isSelectType()) {
                    print(qe.execSelect(), out);
                } else if (query.isAskType()) {
                    printAsk(qe.execAsk(), out);
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
                } else {
                    throw new InputException("query", "only SELECT, ASK, CONSTRUCT and DESCRIBE are supported");
                }
            }
        });
    }

    private String queryText() throws IOException {
        if (source.text != null) {
            return source.text;
        }
        try {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(source.file.toString(), "no such file");
        }
    }

    private void print(ResultSet rs, OutputStream out) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
            case json -> ResultSetFormatter.outputAsJSON(out, rs);
            case table -> ResultSetFormatter.out(out, rs);
        }
    }

    private void printAsk(boolean answer, OutputStream out) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, answer);
            case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
            case json -> ResultSetFormatter.outputAsJSON(out, answer);
            case table -> ResultSetFormatter.out(out, answer);
        }
    }
}
