package org.regkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/** Loads the SPARQL queries of {@code queries/}, shipped on the classpath. */
public final class QueryLib {
    /** Classpath folder the {@code .rq} files are copied to at build time. */
    public static final String FOLDER = "queries/";

    private QueryLib() {
    }

    /** The query in {@code queries/NAME}. */
    public static Query read(String name) {
        return QueryFactory.create(text(name), Syntax.syntaxARQ);
    }

    /** The SPARQL Update in {@code queries/NAME}. */
    public static UpdateRequest readUpdate(String name) {
        return UpdateFactory.create(text(name), Syntax.syntaxARQ);
    }

    private static String text(String name) {
        String resource = FOLDER + name;
        try (InputStream in = QueryLib.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("query missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
