package org.regkg.cli;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.regkg.ingest.InputException;
import org.regkg.store.StoreException;
import picocli.CommandLine;

/**
 * Turns the failures a user can cause into one line on stderr and an exit status, never a stack
 * trace: 2 for bad input (files, records, queries), 1 for anything else.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        if (e instanceof InputException || e instanceof StoreException) {
            err.println("regkg: error: " + MessageLib.printableLines(e.getMessage()));
            return BAD_INPUT;
        }
        if (e instanceof QueryParseException || e instanceof QueryException) {
            err.println("regkg: error: bad query: " + MessageLib.printable(e.getMessage().replace('\n', ' ')));
            return BAD_INPUT;
        }
        if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            err.println("regkg: error: " + MessageLib.printable(e.getMessage()));
            return FAILURE;
        }
        err.println("regkg: internal error: " + MessageLib.printable(String.valueOf(e)));
        if (System.getenv("REGKG_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("regkg: set REGKG_DEBUG=1 for the stack trace");
        }
        return FAILURE;
    }
}
